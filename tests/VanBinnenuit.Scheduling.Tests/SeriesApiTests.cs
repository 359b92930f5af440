using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Scheduling.Data;

namespace VanBinnenuit.Scheduling.Tests;

[Collection(SchedulingCollection.Name)]
public sealed class SeriesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_series");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_series_is_drafted_given_local_times_planned_with_its_leader_and_announced()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var id = await SeriesRequests.PlannedAsync(_coordinator, leader, first: "2027-03-21");

        var series = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/series/{id}");
        Assert.Equal("planned", series!["status"]!.GetValue<string>());
        // The second session falls after the change to summer time: still 19:30 local, an hour earlier in UTC.
        Assert.Equal("2027-03-28T19:30", series["sessions"]![1]!["startsAt"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse("2027-03-28T17:30:00Z", System.Globalization.CultureInfo.InvariantCulture),
            series["sessions"]![1]!["startsAtUtc"]!.GetValue<DateTimeOffset>());
        Assert.Equal("introduction-and-trust", series["sessions"]![0]!["part"]!.GetValue<string>());

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var events = (await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync())
            .Where(m => m.Body.Contains(id.ToString(), StringComparison.Ordinal)).Select(m => m.MessageType.Split('.').Last()).ToList();
        // One request's events share a millisecond, so their order in the outbox is not defined; each carries the whole series.
        Assert.Equal("LeaderAssigned", events[0]);
        Assert.Equal(["SeriesPlanned", "SessionScheduled", "SessionScheduled", "SessionScheduled"], events.Skip(1).Order());
    }

    [Fact]
    public async Task Two_coordinators_booking_the_same_leader_for_overlapping_sessions_at_the_same_moment_cannot_both_succeed()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var first = await DraftWithSessionsAsync("19:30", "21:30");
        var second = await DraftWithSessionsAsync("20:00", "22:00");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var assign = new JsonObject { ["leaderId"] = leader.ToString() };
            var responses = await Task.WhenAll(
                _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{first}/leader", assign.DeepClone().AsObject()),
                _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{second}/leader", assign.DeepClone().AsObject()));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            var refused = Assert.Single(responses, r => !r.IsSuccessStatusCode);
            Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity });

            using var scope = _factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
            Assert.Equal(3, await db.Bookings.CountAsync(b => b.LeaderId == leader));
            // Free the leader again for the next attempt.
            await db.Bookings.Where(b => b.LeaderId == leader).ExecuteDeleteAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE series SET leader_id = NULL WHERE id IN ({0}, {1})", first, second);
        }
    }

    private async Task<Guid> DraftWithSessionsAsync(string from, string to)
    {
        var (id, _) = await SeriesRequests.CreateAsync(_coordinator);
        using var sessions = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", SeriesRequests.Sessions(from: from, to: to));
        Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
        return id;
    }

    [Fact]
    public async Task Assigning_an_ineligible_leader_names_the_rule_they_break()
    {
        var untrained = await _factory.AddLeaderAsync(Plans.Leader("Zonder training") with { TopicCodes = ["parenting"] });
        var id = await DraftWithSessionsAsync("19:30", "21:30");
        using var response = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new JsonObject { ["leaderId"] = untrained.ToString() });
        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("topic", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_coordinator_may_choose_a_leader_of_another_community_with_a_reason()
    {
        var stranger = await _factory.AddLeaderAsync(Plans.Leader("Ander") with { CommunityIds = [] });
        var id = await DraftWithSessionsAsync("19:30", "21:30");
        using var refused = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new JsonObject { ["leaderId"] = stranger.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        using var overridden = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader",
            new JsonObject { ["leaderId"] = stranger.ToString(), ["communityOverrideReason"] = "Spreekt Arabisch, kent de buurt" });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
    }

    [Fact]
    public async Task Proposals_rank_the_eligible_and_say_why_the_others_are_not()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var best = await _factory.AddLeaderAsync(Plans.Leader($"{tag} Amal"));
        await _factory.AddLeaderAsync(Plans.Leader($"{tag} Chadi", gender: "man"));
        var absent = await _factory.AddLeaderAsync(Plans.Leader($"{tag} Dunya") with { Absences = [new(new DateOnly(2027, 9, 1), new DateOnly(2027, 9, 30))] });
        var id = await DraftWithSessionsAsync("19:30", "21:30");

        using var response = await _coordinator.PostAsJsonAsync($"/v1/series/{id}/leader-proposals", new { limit = 100, excludedLimit = 1000 });
        var proposals = await response.Content.ReadFromJsonAsync<JsonNode>();
        var eligible = proposals!["eligible"]!.AsArray().Select(p => p!["displayName"]!.GetValue<string>()).Where(n => n.StartsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{tag} Amal", $"{tag} Chadi"], eligible);
        Assert.Equal(7, proposals["eligible"]![0]!["parts"]!.AsArray().Count);
        var excluded = proposals["excluded"]!.AsArray().Single(e => e!["leaderId"]!.GetValue<Guid>() == absent)!;
        Assert.Equal("absence", excluded["rule"]!.GetValue<string>());
        Assert.NotEqual(Guid.Empty, best);
    }

    [Fact]
    public async Task Proposals_follow_leaders_added_and_changed_since_the_last_proposal()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await DraftWithSessionsAsync("19:30", "21:30");
        async Task<string[]> EligibleAsync()
        {
            using var response = await _coordinator.PostAsJsonAsync($"/v1/series/{id}/leader-proposals", new { limit = 100 });
            var proposals = await response.Content.ReadFromJsonAsync<JsonNode>();
            return [.. proposals!["eligible"]!.AsArray().Select(p => p!["displayName"]!.GetValue<string>()).Where(n => n.StartsWith(tag, StringComparison.Ordinal))];
        }

        Assert.Empty(await EligibleAsync());
        var leader = Plans.Leader($"{tag} Nieuw");
        await _factory.AddLeaderAsync(leader);
        Assert.Equal([$"{tag} Nieuw"], await EligibleAsync());
        await _factory.SeedAsync(db =>
        {
            var profile = db.LeaderProfiles.Single(l => l.Id == leader.Id);
            profile.Profile = leader with { Active = false };
        });
        Assert.Empty(await EligibleAsync());
    }

    [Fact]
    public async Task A_confidential_venue_is_shown_to_coordinators_and_the_series_leader_only()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var (id, _) = await SeriesRequests.CreateAsync(_coordinator);
        using var sessions = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", SeriesRequests.Sessions(first: "2027-11-02", confidential: true));
        using var assigned = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new JsonObject { ["leaderId"] = leader.ToString() });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        async Task<string?> VenueAsync(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonNode>($"/v1/series/{id}"))!["sessions"]![0]!["venue"]?.GetValue<string>();

        Assert.NotNull(await VenueAsync(_coordinator));
        Assert.NotNull(await VenueAsync(_factory.ClientFor(Roles.Leader, leaderId: leader.ToString())));
        Assert.Null(await VenueAsync(_factory.ClientFor(Roles.Advisor)));
        Assert.Null(await VenueAsync(_factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363")));
        using var otherLeader = await _factory.ClientFor(Roles.Leader, leaderId: Guid.NewGuid().ToString()).GetAsync($"/v1/series/{id}");
        await otherLeader.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_municipal_officer_sees_the_series_leader_by_display_name_never_by_id_or_history()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var leader = await _factory.AddLeaderAsync(Plans.Leader($"{tag} Amal"));
        var id = await SeriesRequests.PlannedAsync(_coordinator, leader, first: "2027-10-05");
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363");

        var seen = (await officer.GetFromJsonAsync<JsonNode>($"/v1/series/{id}"))!;
        Assert.Equal($"{tag} Amal", seen["leaderName"]!.GetValue<string>());
        Assert.Null(seen["leaderId"]);
        Assert.Empty(seen["leaderChanges"]!.AsArray());
        var listed = (await officer.GetFromJsonAsync<JsonNode>("/v1/series?pageSize=100"))!["items"]!.AsArray().Single(s => s!["id"]!.GetValue<Guid>() == id)!;
        Assert.Null(listed["leaderId"]);
        Assert.Equal($"{tag} Amal", listed["leaderName"]!.GetValue<string>());
        // Nor can the officer find a leader's series by trying ids.
        using var byLeader = await officer.GetAsync($"/v1/series?leader={leader}");
        Assert.Equal(["leader"], await byLeader.AssertProblemAsync(HttpStatusCode.BadRequest));

        var coordinatorView = (await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/series/{id}"))!;
        Assert.Equal(leader, coordinatorView["leaderId"]!.GetValue<Guid>());
        Assert.Equal($"{tag} Amal", coordinatorView["leaderName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_series_leader_cancels_a_session_with_a_reason_and_the_history_keeps_it()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var id = await SeriesRequests.PlannedAsync(_coordinator, leader, first: "2027-12-07");
        using var own = _factory.ClientFor(Roles.Leader, leaderId: leader.ToString());
        using var cancelled = await own.SendAsync(HttpMethod.Post, $"/v1/series/{id}/sessions/2/cancellation", new JsonObject { ["reason"] = "Ramadan-avond" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var series = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/series/{id}");
        Assert.Equal("cancelled", series!["sessions"]![1]!["status"]!.GetValue<string>());
        Assert.Equal("Ramadan-avond", series["sessions"]![1]!["history"]![0]!["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2027-09-07T19:30", "2027-09-10T19:30", "sessions[1].startsAt")]
    [InlineData("2027-03-28T02:30", "2027-04-04T19:30", "sessions[0].startsAt")]
    [InlineData("7 september", "2027-09-14T19:30", "sessions[0].startsAt")]
    public async Task Sessions_that_break_a_rule_are_refused_with_the_field_named(string first, string second, string field)
    {
        var (id, _) = await SeriesRequests.CreateAsync(_coordinator);
        var sessions = SeriesRequests.Sessions();
        sessions["sessions"]![0]!["startsAt"] = first;
        sessions["sessions"]![0]!["endsAt"] = first.Length == 16 ? first[..11] + "21:30" : first;
        sessions["sessions"]![1]!["startsAt"] = second;
        sessions["sessions"]![1]!["endsAt"] = second[..11] + "21:30";
        using var response = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", sessions);
        Assert.Contains(field, await response.AssertProblemAsync(HttpStatusCode.BadRequest));
    }
}
