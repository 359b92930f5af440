using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class BreakdownAndReportsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly DateTimeOffset Spring = new(2026, 4, 7, 17, 30, 0, TimeSpan.Zero);
    private MonitoringApiFactory _factory = null!;
    private Guid _amsterdam;

    public async Task InitializeAsync()
    {
        _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_breakdown");
        await _factory.SeedAsync(db =>
        {
            db.Set<MunicipalityReference>().Add(new MunicipalityReference { Code = "GM0344", Name = "Utrecht", ProvinceCode = "PV26", ProvinceName = "Utrecht" });
            db.Set<CommunityReference>().Add(new CommunityReference { Id = Guid.NewGuid(), Name = "Eritrees", Active = true, MunicipalityCodes = ["GM0344", "GM0599"] });
            db.Set<OrganisationReference>().Add(new OrganisationReference { Id = Guid.NewGuid(), Name = "Stichting", Kind = "refugee-organisation", Active = true, MunicipalityCodes = ["GM0344"] });
        });
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        // Amsterdam: a whole series in April (30, 2 and 1 new people); Rotterdam: one session of 3 in April.
        _amsterdam = await _factory.AddSeriesAsync(Guid.NewGuid(), Spring, status: "completed");
        var rotterdam = await _factory.AddSeriesAsync(Guid.NewGuid(), Spring, municipality: "GM0599", audience: "youth");
        foreach (var (series, number, attendance, returned) in new[] { (_amsterdam, 1, 30, 0), (_amsterdam, 2, 28, 26), (_amsterdam, 3, 25, 24), (rotterdam, 1, 3, 0) })
        {
            using var put = await Reports.PutAsync(coordinator, series, number, Reports.Of(attendance, returned));
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Per_municipality_and_month_every_figure_about_people_is_a_protected_cell_of_its_own()
    {
        using var advisor = _factory.ClientFor(Roles.Advisor);
        var table = await advisor.GetFromJsonAsync<JsonElement>("/v1/indicators/breakdown?by=municipality&per=month&period=2026");
        Assert.Equal(["2026-04"], table.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal("Amsterdam", rows["GM0363"].GetProperty("name").GetString());
        Assert.Equal(3, rows["GM0363"].GetProperty("sessionsHeldTotal").GetInt32());
        Assert.Equal(1, rows["GM0599"].GetProperty("sessionsHeldTotal").GetInt32());
        // Rotterdam's 3, Amsterdam's 33 and the total of 36 are each adjusted from their own records, so 36 − 33 is not 3.
        Protected.AssertCount(3, rows["GM0599"].GetProperty("peopleReached")[0]);
        Protected.AssertCount(33, rows["GM0363"].GetProperty("peopleReached")[0]);
        Protected.AssertCount(36, table.GetProperty("peopleReachedTotal"));
        // The same records are the same cell: the month, the row's total and the column's total of a one-month table agree.
        Assert.Equal(rows["GM0363"].GetProperty("peopleReached")[0].GetRawText(), rows["GM0363"].GetProperty("peopleReachedTotal").GetRawText());
        Assert.Equal(table.GetProperty("peopleReachedTotals")[0].GetRawText(), table.GetProperty("peopleReachedTotal").GetRawText());
        Assert.True(table.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, table.GetProperty("fewerThan").GetInt32());

        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var raw = await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/breakdown?by=municipality&per=month&from=2026-01-01&until=2026-12-31&unsuppressed=true");
        Assert.Equal(33, raw.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "GM0363").GetProperty("peopleReached")[0].GetInt64());
    }

    [Fact]
    public async Task The_monthly_rollup_answers_exactly_what_a_recount_of_the_reports_answers_after_corrections_and_a_series_change()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        // A year before the other tests' sessions, so their figures stay as they are.
        var series = await _factory.AddSeriesAsync(Guid.NewGuid(), Spring.AddYears(-1), audience: "parents");
        using (var first = await Reports.PutAsync(coordinator, series, 1, Reports.Of(14)))
        {
            using var corrected = await Reports.PutAsync(coordinator, series, 1, Reports.Of(16, correctionReason: "Twee te weinig geteld."), ifMatch: first.Headers.ETag!.Tag);
            Assert.True(corrected.IsSuccessStatusCode, await corrected.Content.ReadAsStringAsync());
        }
        using (var second = await Reports.PutAsync(coordinator, series, 2, Reports.Of(12, returned: 10)))
        {
            Assert.True(second.IsSuccessStatusCode);
        }
        // Scheduling says the series was for mothers and fathers together after all.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            var record = await db.Series.SingleAsync(s => s.Id == series);
            (record.Audience, record.TopicCodes) = ("mixed", ["partner-choice", "gender-equality"]);
            await db.SaveChangesAsync();
        }
        foreach (var by in new[] { "audience", "theme", "municipality", "community", "province" })
        {
            // Whole months are read from the rollup; a period starting a day earlier (with no sessions on that day) is recounted from the reports.
            var rolledUp = await coordinator.GetStringAsync($"/v1/indicators/breakdown?by={by}&per=month&from=2025-01-01&until=2025-12-31&unsuppressed=true");
            var recounted = await coordinator.GetStringAsync($"/v1/indicators/breakdown?by={by}&per=month&from=2024-12-31&until=2025-12-31&unsuppressed=true");
            Assert.Equal(Strip(recounted), Strip(rolledUp));
        }
        // The trigger-kept rollup is what a full set-based rebuild would give.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            async Task<List<string>> RowsAsync() => [.. (await db.Reach.AsNoTracking().Where(r => r.Sessions != 0).ToListAsync())
                .Select(r => $"{r.Dimension}|{r.Month}|{r.Key}|{r.Sessions}|{r.Attendances}|{r.People}|{r.RecordKeys}").Order()];
            async Task<List<string>> FactsAsync() => [.. (await db.Facts.AsNoTracking().ToListAsync())
                .Select(f => $"{f.SeriesId}|{f.HeldAt1}|{f.HeldAt2}|{f.HeldAt3}|{f.Attendance1}|{f.Attendance2}|{f.Attendance3}|{f.Returned1}|{f.Returned2}|{f.Returned3}|{f.Key1}|{f.Key2}|{f.Key3}").Order()];
            var (kept, facts) = (await RowsAsync(), await FactsAsync());
            Assert.Contains(facts, f => f.StartsWith($"{series}|", StringComparison.Ordinal) && f.Contains("|16|12||0|10|", StringComparison.Ordinal));
            await db.Database.ExecuteSqlRawAsync("SELECT reach_rebuild()");
            Assert.Equal(await RowsAsync(), kept);
            Assert.Equal(await FactsAsync(), facts);
        }
        var audiences = await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/breakdown?by=audience&per=year&from=2025-01-01&until=2025-12-31&unsuppressed=true");
        var rows = audiences.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.False(rows.ContainsKey("parents"));
        // 16 at session 1 (the corrected figure), 2 new at session 2.
        Assert.Equal(18, rows["mixed"].GetProperty("peopleReached")[0].GetInt64());
    }

    // The answers differ only in the period they say they cover.
    private static string Strip(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"from\":\"[0-9-]+\"", "");

    [Fact]
    public async Task The_csv_export_has_the_dutch_columns_says_figures_are_adjusted_and_gives_the_json_figures()
    {
        using var advisor = _factory.ClientFor(Roles.Advisor);
        using var response = await advisor.GetAsync("/v1/indicators/breakdown.csv?by=audience&per=quarter&period=2026");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Indeling,Code,Naam,Periode,Bijeenkomsten gehouden,Bereikte personen (licht aangepast zodat niemand herkenbaar is; "
            + "totalen kunnen iets afwijken van de som van de delen; <5 = minder dan 5)", lines[0]);
        var json = await advisor.GetFromJsonAsync<JsonElement>("/v1/indicators/breakdown?by=audience&per=quarter&period=2026");
        static string Csv(JsonElement figure) => figure.ValueKind == JsonValueKind.Null ? "<5" : figure.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var youth = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "youth");
        Assert.Contains($"audience,youth,youth,2026-K2,1,{Csv(youth.GetProperty("peopleReached")[0])}", lines);
        Assert.Contains($"audience,,Totaal,Totaal,4,{Csv(json.GetProperty("peopleReachedTotal"))}", lines);
        Protected.AssertCount(36, json.GetProperty("peopleReachedTotal"));
    }

    [Fact]
    public async Task Coverage_gaps_are_municipalities_with_communities_or_organisations_but_no_series()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var gaps = (await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/coverage-gaps")).EnumerateArray().ToList();
        var utrecht = Assert.Single(gaps);
        Assert.Equal(("GM0344", 1), (utrecht.GetProperty("municipalityCode").GetString(), utrecht.GetProperty("organisations").GetInt32()));
        Assert.Equal(["Eritrees"], utrecht.GetProperty("communities").EnumerateArray().Select(c => c.GetString()));
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0363");
        Assert.Empty((await officer.GetFromJsonAsync<JsonElement>("/v1/indicators/coverage-gaps")).EnumerateArray());
        var csv = (await coordinator.GetStringAsync("/v1/indicators/coverage-gaps.csv")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Gemeentecode,Gemeente,Provincie,Gemeenschappen,Organisaties", "GM0344,Utrecht,Utrecht,Eritrees,1"], csv);
    }

    [Fact]
    public async Task Attitude_answers_become_a_shift_and_the_yearly_report_carries_it_protected()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var statement = (await coordinator.GetFromJsonAsync<JsonElement>("/v1/statements")).EnumerateArray()
            .Single(s => s.GetProperty("code").GetString() == "partner-choice").GetProperty("id").GetGuid();
        await PutAttitudesAsync(coordinator, "before", statement, [10, 10, 5, 3, 2]);
        await PutAttitudesAsync(coordinator, "after", statement, [2, 3, 5, 10, 10]);
        using (var unknown = await Put(coordinator, "after", Guid.NewGuid(), [1, 1, 1, 1, 1]))
        {
            Assert.Equal(["answers[0].statementId"], await unknown.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        }

        var shifts = (await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/attitudes?period=2026&unsuppressed=true")).EnumerateArray().ToList();
        var shift = Assert.Single(shifts).GetProperty("shift");
        // 67/30 = 2.233 before, 113/30 = 3.767 after: the shift is 46/30 = 1.53, not the 1.54 between the rounded means.
        Assert.Equal((2.23m, 3.77m, 1.53m), (shift.GetProperty("before").GetProperty("mean").GetDecimal(), shift.GetProperty("after").GetProperty("mean").GetDecimal(),
            shift.GetProperty("meanShift").GetDecimal()));

        // Exports carry protected figures only: the same as the protected JSON answer, means to one decimal, shares in whole percents.
        using (var exact = await coordinator.GetAsync("/v1/indicators/attitudes.csv?period=2026&unsuppressed=true"))
        {
            Assert.Equal(["unsuppressed"], await exact.AssertProblemAsync(HttpStatusCode.BadRequest));
        }
        var protectedShift = (await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/attitudes?period=2026"))[0].GetProperty("shift");
        var before = protectedShift.GetProperty("before");
        Protected.AssertCount(30, before.GetProperty("n"));
        Assert.InRange(before.GetProperty("mean").GetDecimal(), 1.9m, 2.6m);
        Assert.Equal(decimal.Truncate(before.GetProperty("shareAgreeing").GetDecimal()), before.GetProperty("shareAgreeing").GetDecimal());
        var shiftsCsv = (await coordinator.GetStringAsync("/v1/indicators/attitudes.csv?period=2026")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("partner-choice,", shiftsCsv[1]);
        static string N(JsonElement e) => e.ToString();
        Assert.EndsWith(string.Join(',', N(before.GetProperty("n")), N(before.GetProperty("mean")), N(before.GetProperty("shareAgreeing")),
            N(protectedShift.GetProperty("after").GetProperty("n")), N(protectedShift.GetProperty("after").GetProperty("mean")),
            N(protectedShift.GetProperty("after").GetProperty("shareAgreeing")), N(protectedShift.GetProperty("meanShift")), N(protectedShift.GetProperty("agreeingShift"))),
            shiftsCsv[1]);

        // The yearly report is protected for everyone, coordinators too, and gives the year's cell as the overview does.
        var report = await coordinator.GetFromJsonAsync<JsonElement>("/v1/reports/programme/2026");
        Assert.Equal((4, 1), (report.GetProperty("meetingsHeld").GetInt32(), report.GetProperty("seriesCompleted").GetInt32()));
        Protected.AssertCount(36, report.GetProperty("peopleReached"));
        var overview = await coordinator.GetFromJsonAsync<JsonElement>("/v1/indicators/overview?period=2026");
        Assert.Equal(overview.GetProperty("peopleReached").GetRawText(), report.GetProperty("peopleReached").GetRawText());
        Assert.Equal(2, report.GetProperty("municipalitiesReached").GetInt32());
        Assert.Equal(protectedShift.GetProperty("meanShift").GetRawText(), report.GetProperty("attitudeShifts")[0].GetProperty("shift").GetProperty("meanShift").GetRawText());
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0599");
        var own = await officer.GetFromJsonAsync<JsonElement>("/v1/reports/programme/2026");
        Assert.Equal(1, own.GetProperty("meetingsHeld").GetInt32());
        Protected.AssertCount(3, own.GetProperty("peopleReached"));
        var csv = await officer.GetStringAsync("/v1/reports/programme/2026.csv");
        Assert.Contains("Bereikte personen (licht aangepast zodat niemand herkenbaar is; totalen kunnen iets afwijken van de som van de delen; <5 = minder dan 5),"
            + (own.GetProperty("peopleReached").ValueKind == JsonValueKind.Null ? "<5" : own.GetProperty("peopleReached").ToString()), csv);
    }

    private async Task PutAttitudesAsync(HttpClient client, string moment, Guid statement, int[] counts)
    {
        using var response = await Put(client, moment, statement, counts);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> Put(HttpClient client, string moment, Guid statement, int[] counts) =>
        client.PutAsJsonAsync($"/v1/series/{_amsterdam}/attitudes/{moment}", new { answers = new[] { new { statementId = statement, counts } } });
}
