using System.Globalization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>
/// PostgreSQL hands rows back in no set order, and EF Core does not order the last collection it includes:
/// once session 1 has been updated its row is stored after the other two, and a sequential scan returns
/// 2, 3, 1. The fault harness found reports of session 2 that marked nothing (session 1, read in its place,
/// was held already) once the planner chose such a scan. Here every connection of the service scans
/// sequentially, so the database's order is the stored one.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class SessionOrderTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_order", sessionOptions: "-c enable_indexscan=off -c enable_bitmapscan=off");
        await _factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_report_marks_its_own_session_held_whatever_order_the_rows_are_stored_in()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var first = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = await SeriesRequests.PlannedAsync(coordinator, await _factory.AddLeaderAsync(Plans.Leader()), first: first, from: "17:00", to: "17:45");
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        await bus.Publish(new SessionReported { SeriesId = id, SessionNumber = 1, ReportVersion = 1 });
        await _factory.EventuallyAsync(db => db.Series.AsNoTracking().Where(s => s.Id == id && s.Sessions.Any(x => x.Number == 1 && x.Status == SessionStatus.Held)).FirstOrDefaultAsync());

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            var stored = await db.Database.SqlQuery<int>($"SELECT number AS \"Value\" FROM sessions WHERE series_id = {id}").ToListAsync();
            Assert.NotEqual([1, 2, 3], stored); // the premise: the held session's row now comes last
            var loaded = await db.Series.AsNoTracking().SingleAsync(s => s.Id == id);
            Assert.Equal([1, 2, 3], loaded.Sessions.Select(s => s.Number));
        }

        await bus.Publish(new SessionReported { SeriesId = id, SessionNumber = 2, ReportVersion = 1 });
        var held = await _factory.EventuallyAsync(db => db.Series.AsNoTracking().Where(s => s.Id == id && s.Sessions.Any(x => x.Number == 2 && x.Status == SessionStatus.Held)).FirstOrDefaultAsync());
        Assert.Equal(SessionStatus.Planned, held.Sessions.Single(s => s.Number == 3).Status);
    }
}
