using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net.CalendarComponents;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Scheduling.Apis;

namespace VanBinnenuit.Scheduling.Tests;

[Collection(SchedulingCollection.Name)]
public sealed class CalendarFeedTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_calendar");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<(Guid Leader, string Url)> LeaderWithFeedAsync()
    {
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        using var own = _factory.ClientFor(Roles.Leader, leaderId: leader.ToString());
        using var issued = await own.PutAsync($"/v1/leaders/{leader}/calendar-feed", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return (leader, (await issued.Content.ReadFromJsonAsync<IssuedCalendarFeed>())!.Url);
    }

    /// <summary>Fetches the feed as a calendar app does: no token, just the secret address.</summary>
    private async Task<List<CalendarEvent>> EventsAsync(string url)
    {
        using var anonymous = _factory.CreateClient();
        using var response = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        // RFC 5545: the zone the times refer to is defined in the feed, summer and winter time both.
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Amsterdam", zone.TzId);
        var parts = new List<string>();
        // Enumerated by hand: Ical.Net's child list breaks LINQ's indexed fast path.
        foreach (var child in zone.Children)
        {
            parts.Add(child.Name!);
        }
        Assert.Equal(["DAYLIGHT", "STANDARD"], parts.Order());
        return [.. calendar.Events.OrderBy(e => e.Uid)];
    }

    [Fact]
    public async Task The_feed_holds_the_leaders_sessions_in_Dutch_time_with_stable_ids_and_a_reminder_the_day_before()
    {
        var (leader, url) = await LeaderWithFeedAsync();
        var id = await SeriesRequests.PlannedAsync(_coordinator, leader, first: "2027-10-26");

        var events = await EventsAsync(url);
        Assert.Equal([$"{id}-1@vanbinnenuit.nl", $"{id}-2@vanbinnenuit.nl", $"{id}-3@vanbinnenuit.nl"], events.Select(e => e.Uid));
        // 2 November falls after the change to winter time: still 19:30 in Amsterdam.
        Assert.Equal("Europe/Amsterdam", events[1].Start!.TzId);
        Assert.Equal(new DateTime(2027, 11, 2, 19, 30, 0), events[1].Start!.Value);
        Assert.All(events, e => Assert.Equal("-P1D", e.Alarms.Single().Trigger!.Duration.ToString()));
        Assert.All(events, e => Assert.DoesNotContain("lgbt", e.Summary + e.Description, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_change_bumps_the_sequence_and_a_cancelled_session_stays_as_cancelled()
    {
        var (leader, url) = await LeaderWithFeedAsync();
        var id = await SeriesRequests.PlannedAsync(_coordinator, leader, first: "2028-02-01");
        var before = await EventsAsync(url);

        using var moved = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", SeriesRequests.Sessions("2028-02-01", "19:00", "21:00", reason: "Zaal eerder vrij"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        using var cancelled = await _coordinator.SendAsync(HttpMethod.Post, $"/v1/series/{id}/sessions/3/cancellation", new JsonObject { ["reason"] = "Storm" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var after = await EventsAsync(url);
        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.All(before.Zip(after), pair => Assert.True(pair.Second.Sequence > pair.First.Sequence));
        Assert.Equal("CANCELLED", after[2].Status);
        Assert.Equal("CONFIRMED", after[0].Status);
    }

    [Fact]
    public async Task A_confidential_venue_is_in_the_leaders_own_feed()
    {
        var (leader, url) = await LeaderWithFeedAsync();
        var (id, _) = await SeriesRequests.CreateAsync(_coordinator);
        using var sessions = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", SeriesRequests.Sessions("2028-03-07", confidential: true));
        using var assigned = await _coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new JsonObject { ["leaderId"] = leader.ToString() });
        using var planned = await _coordinator.SendAsync(HttpMethod.Post, $"/v1/series/{id}/planning", null);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        Assert.All(await EventsAsync(url), e => Assert.Equal("Vrouwenhuis, geheim adres", e.Location));
    }

    [Fact]
    public async Task Issuing_a_new_address_makes_the_old_one_stop_working()
    {
        var (leader, oldUrl) = await LeaderWithFeedAsync();
        using var own = _factory.ClientFor(Roles.Leader, leaderId: leader.ToString());
        using var again = await own.PutAsync($"/v1/leaders/{leader}/calendar-feed", null);
        var newUrl = (await again.Content.ReadFromJsonAsync<IssuedCalendarFeed>())!.Url;
        Assert.NotEqual(oldUrl, newUrl);

        using var anonymous = _factory.CreateClient();
        using var old = await anonymous.GetAsync(new Uri(oldUrl).PathAndQuery);
        await old.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await EventsAsync(newUrl));
    }

    [Fact]
    public async Task Two_requests_for_a_new_address_at_once_leave_exactly_one_working_address()
    {
        var (leader, _) = await LeaderWithFeedAsync();
        using var own = _factory.ClientFor(Roles.Leader, leaderId: leader.ToString());
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => own.PutAsync($"/v1/leaders/{leader}/calendar-feed", null)));
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        using var anonymous = _factory.CreateClient();
        var working = 0;
        foreach (var answer in answers.Where(a => a.IsSuccessStatusCode))
        {
            using var feed = await anonymous.GetAsync(new Uri((await answer.Content.ReadFromJsonAsync<IssuedCalendarFeed>())!.Url).PathAndQuery);
            working += feed.IsSuccessStatusCode ? 1 : 0;
        }
        Assert.Equal(1, working);
    }

    [Fact]
    public async Task Nobody_but_the_leader_and_coordinators_manages_a_leaders_address()
    {
        var (leader, _) = await LeaderWithFeedAsync();
        using var otherLeader = _factory.ClientFor(Roles.Leader, leaderId: Guid.NewGuid().ToString());
        using var response = await otherLeader.PutAsync($"/v1/leaders/{leader}/calendar-feed", null);
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
