using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class IndicatorsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_indicators");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static readonly DateTimeOffset Start = new(2026, 3, 3, 18, 30, 0, TimeSpan.Zero);
    private const string Period = "period=2026";

    [Fact]
    public async Task The_overview_counts_held_sessions_toward_the_target_reach_retention_and_protects_small_figures_for_an_officer()
    {
        var leaderId = Guid.NewGuid();
        var amsterdam = await _factory.AddSeriesAsync(leaderId, Start);
        var rotterdam = await _factory.AddSeriesAsync(leaderId, Start.AddDays(1), municipality: "GM0599");
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        foreach (var (series, number, attendance, returned) in new[] { (amsterdam, 1, 12, 0), (amsterdam, 2, 10, 9), (amsterdam, 3, 9, 8), (rotterdam, 1, 3, 0) })
        {
            using var put = await Reports.PutAsync(coordinator, series, number, Reports.Of(attendance, returned));
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        var all = await coordinator.GetFromJsonAsync<JsonElement>($"/v1/indicators/overview?{Period}&unsuppressed=true");
        Assert.Equal(4, all.GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(4, all.GetProperty("target").GetProperty("sessionsHeld").GetInt32());
        Assert.Equal(700, all.GetProperty("target").GetProperty("meetings").GetInt32());
        Assert.Equal(34, all.GetProperty("attendances").GetInt64());
        // New people: 12 + 1 + 1 in Amsterdam, 3 in Rotterdam.
        Assert.Equal(17, all.GetProperty("peopleReached").GetInt64());
        // 8 of Amsterdam's 12 came back at session 3 (Rotterdam has no third session yet).
        Assert.Equal(66.7m, all.GetProperty("retentionFirstToThird").GetDecimal());
        Assert.Equal((2, 1), (all.GetProperty("municipalitiesReached").GetInt32(), all.GetProperty("activeLeaders").GetInt32()));

        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0599");
        var own = await officer.GetFromJsonAsync<JsonElement>($"/v1/indicators/overview?{Period}&municipality=GM0363");
        Assert.Equal("GM0599", own.GetProperty("municipalityCode").GetString());
        Assert.Equal(1, own.GetProperty("sessionsHeld").GetInt32());
        Protected.AssertCount(3, own.GetProperty("attendances"));
        Protected.AssertCount(3, own.GetProperty("peopleReached"));
        // Nobody came back at a third session in Rotterdam: a rate of nothing is not shown.
        Assert.Equal(JsonValueKind.Null, own.GetProperty("retentionFirstToThird").ValueKind);
        // Rotterdam's sessions 2 and 3 ended months ago without a report; session 1 has one.
        Assert.Equal(2, own.GetProperty("reportsOverdue").GetInt32());

        using var unsuppressed = await officer.GetAsync($"/v1/indicators/overview?{Period}&unsuppressed=true");
        Assert.Equal(["unsuppressed"], await unsuppressed.AssertProblemAsync(HttpStatusCode.BadRequest));
        var raw = await coordinator.GetFromJsonAsync<JsonElement>($"/v1/indicators/overview?{Period}&municipality=GM0599&unsuppressed=true");
        Assert.Equal(3, raw.GetProperty("attendances").GetInt64());
    }

    [Fact]
    public async Task A_session_ended_over_a_week_ago_without_a_report_is_overdue()
    {
        var series = await _factory.AddSeriesAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-30), municipality: "GM0344");
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var year = DateTime.UtcNow.Year;
        var path = $"/v1/indicators/overview?from={year - 1}-01-01&until={year + 1}-12-31&municipality=GM0344&unsuppressed=true";
        // Sessions 1, 2 and 3 ended 30, 23 and 16 days ago; none has a report.
        Assert.Equal(3, (await coordinator.GetFromJsonAsync<JsonElement>(path)).GetProperty("reportsOverdue").GetInt32());
        using (var put = await Reports.PutAsync(coordinator, series, 2, Reports.Of(6, returned: 0)))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        Assert.Equal(2, (await coordinator.GetFromJsonAsync<JsonElement>(path)).GetProperty("reportsOverdue").GetInt32());
    }

    [Fact]
    public async Task A_protected_role_asking_for_free_dates_is_told_the_periods_it_may_ask_for()
    {
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0363");
        using var free = await officer.GetAsync("/v1/indicators/overview?from=2026-09-01&until=2026-09-30");
        Assert.Equal(["from", "until"], await free.AssertProblemAsync(HttpStatusCode.BadRequest));
        using var text = await officer.GetAsync("/v1/indicators/breakdown?until=2026-10-31");
        Assert.Contains("period=programme, a year (2027), a quarter (2027-K1) or a month (2027-03)", await text.Content.ReadAsStringAsync());
        using var wrong = await officer.GetAsync("/v1/indicators/attitudes?period=2026-09-01");
        Assert.Equal(["period"], await wrong.AssertProblemAsync(HttpStatusCode.BadRequest));
        using var month = await officer.GetAsync("/v1/indicators/overview?period=2026-09");
        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
    }

    [Fact]
    public async Task Every_answer_with_exact_figures_is_in_the_log_an_administrator_reads_and_protected_ones_are_not()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        using var administrator = _factory.ClientFor(Roles.Administrator);
        var before = (await administrator.GetFromJsonAsync<JsonElement>("/v1/exact-figure-reads?pageSize=100")).GetProperty("totalItems").GetInt64();
        (await coordinator.GetAsync("/v1/indicators/breakdown?by=community&period=2026-K2&unsuppressed=true")).Dispose();
        (await coordinator.GetAsync("/v1/indicators/breakdown?by=community&period=2026-K2")).Dispose();
        (await coordinator.GetAsync("/v1/indicators/breakdown.csv?by=community&unsuppressed=true")).Dispose();
        var log = await administrator.GetFromJsonAsync<JsonElement>("/v1/exact-figure-reads?pageSize=100");
        Assert.Equal(before + 1, log.GetProperty("totalItems").GetInt64());
        var newest = log.GetProperty("items")[0];
        Assert.Equal("/v1/indicators/breakdown?by=community&period=2026-K2&unsuppressed=true", newest.GetProperty("question").GetString());
        Assert.Equal(Roles.Coordinator, newest.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(newest.GetProperty("subject").GetString()));

        // The log is evidence: the database refuses to change or remove an entry.
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VanBinnenuit.Monitoring.Data.MonitoringDbContext>();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM exact_figure_reads"));
    }

    [Fact]
    public async Task A_biased_perturbation_table_in_configuration_stops_the_service_at_start()
    {
        var biased = new Dictionary<string, string> { ["Monitoring:Adjustments:0"] = "0.2", ["Monitoring:Adjustments:1"] = "0.5", ["Monitoring:Adjustments:2"] = "0.3" };
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => MonitoringApiFactory.StartAsync(infrastructure, "monitoring_biased", biased));
        Assert.Contains("Monitoring:Adjustments", failure.ToString());
    }
}
