using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The second flow of the architecture, through the gateway with real sign-ins: the demo leader
/// reports the three sessions of a series in monitoring, scheduling marks them held and completes
/// the series, and monitoring counts it toward the target, publishing it to a municipal officer
/// only as protected figures over fixed periods.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SessionReportFlowTests(ObservedSystemFixture system)
{
    [Fact]
    public async Task Three_reports_complete_the_series_in_scheduling_and_count_toward_the_target_in_monitoring()
    {
        using var leader = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");
        var coordinator = system.Coordinator;
        // Three Tuesday evenings, five to three weeks ago: held, and within the demo leader's Tuesday window.
        var first = PlannedSeries.Tuesday(5);
        var series = await PlannedSeries.PlanAsync(coordinator, first);

        for (var number = 1; number <= 3; number++)
        {
            var report = new
            {
                attendance = 10, byGender = new { women = 10 }, byAge = new { from30To49 = 10 }, returned = number == 1 ? 0 : 8,
                languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" }, safety = 4,
            };
            var path = $"/api/monitoring/v1/series/{series}/sessions/{number}/report";
            // Until monitoring has the planned series from scheduling's event, it does not know the session (404).
            await Polling.UntilAsync(() => leader.SendAsync(HttpMethod.Put, path, report, ifMatch: null), HttpStatusCode.Created);
        }

        await Polling.UntilAsync(() => coordinator.GetAsync($"/api/scheduling/v1/series/{series}"), HttpStatusCode.OK,
            s => s.GetProperty("status").GetString() == "completed" && s.GetProperty("sessions").EnumerateArray().All(x => x.GetProperty("status").GetString() == "held"));
        var period = $"from={first.AddDays(-1):yyyy-MM-dd}&until={first.AddDays(15):yyyy-MM-dd}&municipality=GM0363";
        var overview = await Polling.UntilAsync(() => coordinator.GetAsync($"/api/monitoring/v1/indicators/overview?{period}&unsuppressed=true"), HttpStatusCode.OK,
            o => o.GetProperty("seriesCompleted").GetInt32() >= 1);
        Assert.True(overview.GetProperty("target").GetProperty("sessionsHeld").GetInt32() >= 3);
        Assert.Equal(700, overview.GetProperty("target").GetProperty("meetings").GetInt32());

        // Amsterdam's officer cannot ask for free dates (two overlapping ones would subtract to the 2 new people of session 2)…
        using var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        using (var free = await officer.GetAsync($"/api/monitoring/v1/indicators/overview?from={first:yyyy-MM-dd}&until={first.AddDays(7):yyyy-MM-dd}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, free.StatusCode);
            Assert.Equal("application/problem+json", free.Content.Headers.ContentType?.MediaType);
            var problem = await free.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(["from", "until"], problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
            Assert.Contains("a quarter (2027-K1) or a month (2027-03)", problem.GetRawText());
        }
        // …and every grid period gives the same protected figure for the same records, in the overview, the breakdown and its CSV.
        foreach (var month in Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM", CultureInfo.InvariantCulture)).Distinct())
        {
            var own = await officer.GetFromJsonAsync<JsonElement>($"/api/monitoring/v1/indicators/overview?period={month}");
            Assert.True(own.GetProperty("suppressed").GetBoolean());
            var table = await officer.GetFromJsonAsync<JsonElement>($"/api/monitoring/v1/indicators/breakdown?by=municipality&per=month&period={month}");
            Assert.Equal(own.GetProperty("peopleReached").GetRawText(), table.GetProperty("peopleReachedTotal").GetRawText());
            var csv = (await officer.GetStringAsync($"/api/monitoring/v1/indicators/breakdown.csv?by=municipality&per=month&period={month}"))
                .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var figure = own.GetProperty("peopleReached");
            Assert.Contains($"municipality,,Totaal,Totaal,{table.GetProperty("sessionsHeldTotal").GetInt32()},{(figure.ValueKind == JsonValueKind.Null ? "<5" : figure.ToString())}", csv);
        }
    }
}
