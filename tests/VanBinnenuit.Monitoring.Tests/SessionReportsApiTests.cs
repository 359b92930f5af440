using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Persistence.Outbox;

namespace VanBinnenuit.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class SessionReportsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly DateTimeOffset LastMonth = DateTimeOffset.UtcNow.AddDays(-30);
    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_reports");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private HttpClient Leader(Guid id) => _factory.ClientFor(Roles.Leader, leaderId: id.ToString());

    [Fact]
    public async Task The_leader_reports_a_held_session_and_it_is_announced_once_per_version()
    {
        var leaderId = Guid.NewGuid();
        var series = await _factory.AddSeriesAsync(leaderId, LastMonth);
        using var leader = Leader(leaderId);
        using var created = await Reports.PutAsync(leader, series, 1, Reports.Of(12, reflection: "Open gesprek; twee vrouwen twijfelden."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 12, "veilig-thuis"), (report.GetProperty("version").GetInt32(), report.GetProperty("attendance").GetInt32(),
            report.GetProperty("referrals")[0].GetProperty("kind").GetString()));

        using var scope = _factory.Services.CreateScope();
        var bodies = await scope.ServiceProvider.GetRequiredService<MonitoringDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.EndsWith("SessionReported")).Select(m => m.Body).ToListAsync();
        var announced = Assert.Single(bodies, b => b.Contains(series.ToString(), StringComparison.Ordinal));
        // Counts and the reflection stay in monitoring.
        Assert.DoesNotContain("twijfelden", announced, StringComparison.Ordinal);
        Assert.DoesNotContain("attendance", announced, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_correction_is_a_new_version_naming_why_and_the_one_it_corrects_and_the_history_is_kept()
    {
        var leaderId = Guid.NewGuid();
        var series = await _factory.AddSeriesAsync(leaderId, LastMonth);
        using var leader = Leader(leaderId);
        using var first = await Reports.PutAsync(leader, series, 2, Reports.Of(10, returned: 8));
        var etag = first.Headers.ETag!.Tag;
        using (var withoutVersion = await Reports.PutAsync(leader, series, 2, Reports.Of(11, returned: 8, correctionReason: "Een deelnemer niet geteld.")))
        {
            await withoutVersion.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        }
        using (var withoutReason = await Reports.PutAsync(leader, series, 2, Reports.Of(11, returned: 8), ifMatch: etag))
        {
            Assert.Equal(["correctionReason"], await withoutReason.AssertProblemAsync(HttpStatusCode.BadRequest));
        }
        using var corrected = await Reports.PutAsync(leader, series, 2, Reports.Of(11, returned: 8, correctionReason: "Een deelnemer niet geteld."), ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        using (var stale = await Reports.PutAsync(leader, series, 2, Reports.Of(12, returned: 8, correctionReason: "Nog een."), ifMatch: etag))
        {
            await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        var versions = await leader.GetFromJsonAsync<JsonElement>($"/v1/series/{series}/sessions/2/report/versions");
        Assert.Equal([(1, 10), (2, 11)], versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("attendance").GetInt32())));
        var current = await leader.GetFromJsonAsync<JsonElement>($"/v1/series/{series}/sessions/2/report");
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Only_the_series_own_leader_or_a_coordinator_reports_and_only_a_session_that_has_ended()
    {
        var leaderId = Guid.NewGuid();
        var series = await _factory.AddSeriesAsync(leaderId, LastMonth);
        using var otherLeader = Leader(Guid.NewGuid());
        using (var notTheirs = await Reports.PutAsync(otherLeader, series, 1, Reports.Of(8)))
        {
            await notTheirs.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        using (var forTheLeader = await Reports.PutAsync(coordinator, series, 1, Reports.Of(8)))
        {
            Assert.Equal(HttpStatusCode.Created, forTheLeader.StatusCode);
        }
        var future = await _factory.AddSeriesAsync(leaderId, DateTimeOffset.UtcNow.AddDays(3));
        using var leader = Leader(leaderId);
        using (var early = await Reports.PutAsync(leader, future, 1, Reports.Of(8)))
        {
            Assert.Equal(["session"], await early.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        }
        using var unknown = await Reports.PutAsync(leader, Guid.NewGuid(), 1, Reports.Of(8));
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_reflection_reaches_the_coordinator_and_that_leader_but_no_other_leader_or_officer()
    {
        var leaderId = Guid.NewGuid();
        var series = await _factory.AddSeriesAsync(leaderId, LastMonth);
        using var leader = Leader(leaderId);
        using (var put = await Reports.PutAsync(leader, series, 1, Reports.Of(9, reflection: "Vertrouwelijk: spanning in de groep.")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        Assert.Equal("Vertrouwelijk: spanning in de groep.",
            (await coordinator.GetFromJsonAsync<JsonElement>($"/v1/series/{series}/sessions/1/report")).GetProperty("reflection").GetString());
        foreach (var outsider in new[] { Leader(Guid.NewGuid()), _factory.ClientFor(Roles.MunicipalOfficer, "GM0363"), _factory.ClientFor(Roles.Advisor) })
        {
            using (outsider)
            {
                using var response = await outsider.GetAsync($"/v1/series/{series}/sessions/1/report");
                await response.AssertProblemAsync(HttpStatusCode.Forbidden);
                Assert.DoesNotContain("spanning", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }
}
