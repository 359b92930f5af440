using CsCheck;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>Whatever a client sends to a scheduling write endpoint, the answer is a success or a 4xx problem, never a 5xx.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class GeneratedInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly Gen<string> Body = GeneratedJson.Bodies(
        "municipalityCode", "communityId", "hostOrganisationIds", "audience", "languages", "topicCodes", "approachRoute", "adviceRequestId",
        "notes", "sessions", "startsAt", "endsAt", "venue", "venueConfidential", "reason", "leaderId", "communityOverrideReason",
        "replacementReason", "limit", "excludedLimit", "title", "place", "capacity", "name", "email");

    private SchedulingApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_gen");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Generated_bodies_for_every_write_endpoint_never_answer_5xx()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var planned = await SeriesRequests.PlannedAsync(coordinator, leader);
        var (draft, _) = await SeriesRequests.CreateAsync(coordinator);
        using var created = await coordinator.PostAsync("/v1/knowledge-meetings", new StringContent(
            """{"title":"Kennismiddag","startsAt":"2028-05-20T13:30","endsAt":"2028-05-20T17:00","place":"Utrecht","capacity":3}""", System.Text.Encoding.UTF8, "application/json"));
        var meeting = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        (string Method, string Path)[] writes =
        [
            ("POST", "/v1/series"), ("PUT", $"/v1/series/{draft}/sessions"), ("PUT", $"/v1/series/{planned}/sessions"),
            ("PUT", $"/v1/series/{draft}/leader"), ("POST", $"/v1/series/{draft}/leader-proposals"), ("POST", $"/v1/series/{draft}/planning"),
            ("POST", $"/v1/series/{planned}/sessions/2/cancellation"), ("POST", $"/v1/series/{draft}/cancellation"),
            ("POST", "/v1/knowledge-meetings"), ("POST", $"/v1/knowledge-meetings/{meeting}/registrations"),
        ];
        await GeneratedJson.AssertNoServerErrorsAsync(coordinator, writes, Body);
    }
}
