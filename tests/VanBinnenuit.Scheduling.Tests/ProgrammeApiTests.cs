using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Scheduling.Data;

namespace VanBinnenuit.Scheduling.Tests;

[Collection(SchedulingCollection.Name)]
public sealed class ProgrammeApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_programme");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_programme_counts_sessions_and_series_against_the_target_per_province_and_municipality()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var leader = await _factory.AddLeaderAsync(Plans.Leader(cap: 20));
        var past = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var held = await SeriesRequests.PlannedAsync(coordinator, leader, first: past, from: "10:00", to: "12:00");
        await SeriesRequests.PlannedAsync(coordinator, leader, first: "2027-05-04");
        var rotterdam = SeriesRequests.Draft();
        rotterdam["municipalityCode"] = "GM0599";
        var (cancelled, _) = await SeriesRequests.CreateAsync(coordinator, rotterdam);
        using var sessions = await coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{cancelled}/sessions", SeriesRequests.Sessions("2027-06-01"));
        using var cancel = await coordinator.SendAsync(HttpMethod.Post, $"/v1/series/{cancelled}/cancellation", new JsonObject { ["reason"] = "Geen zaal" });
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var series = await db.Series.SingleAsync(s => s.Id == held);
            Assert.Null(series.MarkHeld(1, DateTimeOffset.UtcNow));
            Assert.Null(series.MarkHeld(2, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        var programme = (await coordinator.GetFromJsonAsync<JsonNode>("/v1/programme"))!;
        Assert.Equal(700, programme["targetMeetings"]!.GetValue<int>());
        Assert.Equal(2, programme["heldMeetings"]!.GetValue<int>());
        Assert.Equal(0.3, programme["percentOfTarget"]!.GetValue<double>());
        Assert.Equal(4, programme["overall"]!["sessions"]!["planned"]!.GetValue<int>());
        Assert.Equal(3, programme["overall"]!["sessions"]!["cancelled"]!.GetValue<int>());
        Assert.Equal(1, programme["overall"]!["series"]!["in-progress"]!.GetValue<int>());
        var provinces = programme["perProvince"]!.AsArray().Select(p => p!["code"]!.GetValue<string>());
        Assert.Equal(["PV27", "PV28"], provinces);
        Assert.Equal(3, programme["perMunicipality"]!.AsArray().Single(m => m!["code"]!.GetValue<string>() == "GM0599")!["counts"]!["sessions"]!["cancelled"]!.GetValue<int>());

        // An officer sees the figures of their own municipality only.
        var own = (await _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0599").GetFromJsonAsync<JsonNode>("/v1/programme"))!;
        Assert.Equal(["GM0599"], own["perMunicipality"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()));
        Assert.Equal(0, own["heldMeetings"]!.GetValue<int>());
    }
}
