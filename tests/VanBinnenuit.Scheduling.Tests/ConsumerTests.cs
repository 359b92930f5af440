using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Contracts.AdviceRequests;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>What scheduling does with other services' events, delivered through the real broker.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class ConsumerTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_consumers");
        await _factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_series_request_becomes_one_draft_linked_to_the_advice_request()
    {
        var request = new SeriesRequested
        {
            AdviceRequestId = Guid.NewGuid(), MunicipalityCode = "GM0363", CommunityId = Plans.Community, Audience = "parents",
            Languages = ["ar"], TopicCodes = ["parenting"], PreferredFrom = new DateOnly(2028, 1, 1), PreferredUntil = new DateOnly(2028, 3, 31),
        };
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        await bus.Publish(request);
        await bus.Publish(request with { EventId = Guid.NewGuid() });

        var draft = await _factory.EventuallyAsync(db => db.Series.AsNoTracking().FirstOrDefaultAsync(s => s.AdviceRequestId == request.AdviceRequestId));
        Assert.Equal((SeriesStatus.Draft, Audience.Parents), (draft.Status, draft.Audience));
        Assert.Contains("2028-03-31", draft.Notes);
        await Task.Delay(1000);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        Assert.Equal(1, await db.Series.CountAsync(s => s.AdviceRequestId == request.AdviceRequestId));
        // Announced once, so the advice request can show its draft.
        var drafted = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith("SeriesDrafted")).Select(m => m.Body).ToListAsync();
        Assert.Single(drafted, body => body.Contains(draft.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_mark_sessions_held_and_the_third_completes_the_series()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        // Sessions in the past, as reported sessions are.
        var id = await SeriesRequests.PlannedAsync(coordinator, leader, first: DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), from: "10:00", to: "12:00");
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        foreach (var number in new[] { 1, 2, 2, 3 })
        {
            await bus.Publish(new SessionReported { SeriesId = id, SessionNumber = number, ReportVersion = 1 });
            await _factory.EventuallyAsync(db => db.Series.AsNoTracking().Where(s => s.Id == id && s.Sessions.Any(x => x.Number == number && x.Status == SessionStatus.Held)).FirstOrDefaultAsync());
        }

        var series = await coordinator.GetFromJsonAsync<JsonNode>($"/v1/series/{id}");
        Assert.Equal("completed", series!["status"]!.GetValue<string>());
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var completed = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith("SeriesCompleted")).ToListAsync())
            .Count(m => m.Body.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.Equal(1, completed);
        Assert.Equal(0, await db.Bookings.CountAsync(b => b.SeriesId == id));
    }

    [Fact]
    public async Task Reports_delivered_out_of_order_and_at_once_still_mark_every_session_held()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var first = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var series = new List<Guid>();
        foreach (var hour in new[] { "09", "11", "13", "15" })
        {
            series.Add(await SeriesRequests.PlannedAsync(coordinator, await _factory.AddLeaderAsync(Plans.Leader()), first: first, from: $"{hour}:00", to: $"{hour}:45"));
        }
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        // Twelve reports, later sessions first, all handed to the broker together.
        await Task.WhenAll(series.SelectMany(id => new[] { 3, 2, 1 }.Select(number =>
            bus.Publish(new SessionReported { SeriesId = id, SessionNumber = number, ReportVersion = 1 }))));
        foreach (var id in series)
        {
            var completed = await _factory.EventuallyAsync(db => db.Series.AsNoTracking().Where(s => s.Id == id && s.Status == SeriesStatus.Completed).FirstOrDefaultAsync());
            Assert.All(completed.Sessions, session => Assert.Equal(SessionStatus.Held, session.Status));
        }
    }
}
