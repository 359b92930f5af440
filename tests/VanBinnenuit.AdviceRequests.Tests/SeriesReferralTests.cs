using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Persistence.Outbox;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

/// <summary>From advice to a meeting series: the request asks scheduling, and follows what scheduling says back.</summary>
[Collection(AdviceRequestsCollection.Name)]
public sealed class SeriesReferralTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private AdviceRequestsApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_series");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static object Series(Guid? community = null) => new
    {
        communityId = community ?? AdviceRequestsApiFactory.Community, audience = "women", languages = new[] { "ar" },
        topicCodes = new[] { "self-determination" }, preferredFrom = "2027-09-01", preferredUntil = "2027-12-01",
    };

    [Fact]
    public async Task Asking_for_a_series_announces_it_once_and_the_request_then_follows_schedulings_events()
    {
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        await OkAsync(SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/series-request", Series()));
        using (var again = await SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/series-request", Series()))
        {
            Assert.Equal(["series"], await again.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        }
        using (var scope = _factory.Services.CreateScope())
        {
            var requested = await scope.ServiceProvider.GetRequiredService<AdviceRequestsDbContext>().Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.MessageType.EndsWith("SeriesRequested")).Select(m => m.Body).ToListAsync();
            var body = JsonDocument.Parse(Assert.Single(requested, b => b.Contains(id.ToString(), StringComparison.Ordinal))).RootElement;
            Assert.Equal(("GM0363", "women"), (body.GetProperty("municipalityCode").GetString(), body.GetProperty("audience").GetString()));
        }
        Assert.Equal("requested", (await GetAsync(advisor, $"/v1/advice-requests/{id}")).GetProperty("series").GetProperty("status").GetString());

        var seriesId = Guid.CreateVersion7();
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        var drafted = new SeriesDrafted { Series = Snapshot(seriesId, id, "draft") };
        var planned = new SeriesPlanned { Series = Snapshot(seriesId, id, "planned"), OccurredAt = drafted.OccurredAt.AddSeconds(1) };
        // Out of order and twice: the newer word stands, and is in the trail once.
        await bus.Publish(planned);
        await bus.Publish(drafted);
        await bus.Publish(planned);
        var series = await EventuallyAsync(advisor, id, s => s.GetProperty("status").GetString() == "planned");
        Assert.Equal(seriesId, series.GetProperty("seriesId").GetGuid());
        await Task.Delay(1000);
        var trail = (await GetAsync(advisor, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(1, trail.Count(a => a == "series-planned"));
        Assert.Equal("planned", (await GetAsync(advisor, $"/v1/advice-requests/{id}")).GetProperty("series").GetProperty("status").GetString());

        await OkAsync(MoveAsync(advisor, id, new { action = "close", result = "referred-to-meeting-series" }));
    }

    [Fact]
    public async Task A_series_for_an_unknown_community_or_too_early_is_refused()
    {
        using var advisor = _factory.Advisor();
        using var officer = _factory.Officer();
        var id = await InProgressAsync(_factory);
        using (var unknown = await SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/series-request", Series(AdviceRequestsApiFactory.RetiredCommunity)))
        {
            Assert.Equal(["communityId"], await unknown.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        }
        var submitted = await SubmitAsync(officer);
        using var early = await SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{submitted}/series-request", Series());
        Assert.Equal(["status"], await early.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
    }

    private static SeriesSnapshot Snapshot(Guid seriesId, Guid requestId, string status) => new()
    {
        Id = seriesId, MunicipalityCode = "GM0363", CommunityId = AdviceRequestsApiFactory.Community, Audience = "women",
        TopicCodes = ["self-determination"], Languages = ["ar"], Status = status, AdviceRequestId = requestId, Sessions = [],
    };

    private static async Task<JsonElement> EventuallyAsync(HttpClient client, Guid id, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var request = await GetAsync(client, $"/v1/advice-requests/{id}");
            if (request.GetProperty("series") is { ValueKind: JsonValueKind.Object } series && done(series))
            {
                return series;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The request never showed the series.");
    }
}
