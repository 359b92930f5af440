using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>
/// The planning list sorted and filtered by what a coordinator reads (names, dates, audience, topic,
/// province), and the calendar of sessions between two Dutch dates, each in the caller's scope.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class PlanningListTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly Guid Eritrean = Guid.Parse("01930000-0000-7000-8000-0000000000c2");
    private SchedulingApiFactory _factory = null!;
    private HttpClient _coordinator = null!;
    private Guid _amal;
    private Guid _bahar;
    // Planned in September 2027 (Amsterdam, Syrian, Amal), October (Rotterdam, Eritrean, Bahar), and a draft without dates (Rotterdam).
    private Guid _september;
    private Guid _october;
    private Guid _undated;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_planning");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
        await _factory.SeedAsync(db => db.Set<CommunityReference>().Add(
            new CommunityReference { Id = Eritrean, Name = "Eritrees", Active = true, MunicipalityCodes = ["GM0599"] }));
        _amal = await _factory.AddLeaderAsync(Plans.Leader("Amal"));
        _bahar = await _factory.AddLeaderAsync(Plans.Leader("Bahar", home: "GM0599") with { CommunityIds = [Plans.Community, Eritrean] });
        _september = await SeriesRequests.PlannedAsync(_coordinator, _amal, first: "2027-09-07");
        _october = await SeriesRequests.PlannedAsync(_coordinator, _bahar, first: "2027-10-05", draft: Draft("GM0599", Eritrean, "youth", "gender-equality"));
        (_undated, _) = await SeriesRequests.CreateAsync(_coordinator, Draft("GM0599", Eritrean, "men", "gender-equality"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_list_sorts_by_names_and_first_dates_with_the_undated_last_either_way()
    {
        Assert.Equal([_september, _october, _undated], await IdsAsync("/v1/series?sort=firstSession"));
        Assert.Equal([_october, _september, _undated], await IdsAsync("/v1/series?sort=-firstSession"));
        // Amsterdam before Rotterdam; Eritrees before Syrisch; the newest first among equals.
        Assert.Equal([_september, _undated, _october], await IdsAsync("/v1/series?sort=municipality"));
        Assert.Equal([_undated, _october, _september], await IdsAsync("/v1/series?sort=community"));
        Assert.Equal([_september, _october, _undated], await IdsAsync("/v1/series?sort=leader"));
        Assert.Equal([_october, _september, _undated], await IdsAsync("/v1/series?sort=-leader"));
        // As the lists are written, not as the English names sort: women, men, …, youth; draft before planned.
        Assert.Equal([_september, _undated, _october], await IdsAsync("/v1/series?sort=audience"));
        Assert.Equal([_undated, _october, _september], await IdsAsync("/v1/series?sort=status"));

        var page = await _coordinator.GetFromJsonAsync<JsonNode>("/v1/series?sort=firstSession");
        Assert.Equal("Syrisch", page!["items"]![0]!["communityName"]!.GetValue<string>());
        Assert.Equal("Amal", page["items"]![0]!["leaderName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_list_filters_by_audience_topic_province_and_whether_a_leader_is_chosen()
    {
        Assert.Equal([_october], await IdsAsync("/v1/series?audience=youth"));
        Assert.Equal([_undated, _october], await IdsAsync("/v1/series?topic=gender-equality"));
        Assert.Equal([_september], await IdsAsync("/v1/series?province=PV27"));
        Assert.Equal([_undated, _october], await IdsAsync("/v1/series?province=pv28"));
        Assert.Equal([_undated], await IdsAsync("/v1/series?hasLeader=false"));
        Assert.Equal([_october, _september], await IdsAsync("/v1/series?hasLeader=true"));
    }

    [Fact]
    public async Task The_search_finds_series_by_part_of_the_community_municipality_or_leader_name_in_any_letter_case()
    {
        Assert.Equal([_september], await IdsAsync("/v1/series?search=syr"));
        Assert.Equal([_undated, _october], await IdsAsync("/v1/series?search=ROTTER"));
        Assert.Equal([_october], await IdsAsync("/v1/series?search=bahar"));
        // The user's % is a character, not a wildcard.
        Assert.Empty(await IdsAsync("/v1/series?search=%25"));
        // A municipal officer's search does not look at leaders' names.
        var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0599");
        Assert.Empty((await officer.GetFromJsonAsync<JsonNode>("/v1/series?search=bahar"))!["items"]!.AsArray());
        Assert.Equal(2, (await officer.GetFromJsonAsync<JsonNode>("/v1/series?search=eritr"))!["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/v1/series?sort=date", "sort")]
    [InlineData("/v1/series?search=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "search")]
    [InlineData("/v1/series?audience=elderly", "audience")]
    [InlineData("/v1/series?hasLeader=maybe", "hasLeader")]
    [InlineData("/v1/sessions?from=7-9-2027", "from")]
    [InlineData("/v1/sessions?from=2027-09-01&to=2027-10-31", "to")]
    [InlineData("/v1/sessions?from=2027-09-30&to=2027-09-01", "to")]
    public async Task A_bad_order_filter_or_range_is_a_problem_naming_the_parameter(string path, string parameter)
    {
        using var response = await _coordinator.GetAsync(path);
        var invalid = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(parameter, invalid);
    }

    [Fact]
    public async Task The_calendar_gives_the_sessions_between_two_Dutch_dates_in_the_callers_scope()
    {
        var september = await _coordinator.GetFromJsonAsync<JsonNode>("/v1/sessions?from=2027-08-30&to=2027-10-10");
        var items = september!["items"]!.AsArray();
        // Three Tuesdays of September and the first of October; the undated draft is on no calendar.
        Assert.Equal(["2027-09-07T19:30", "2027-09-14T19:30", "2027-09-21T19:30", "2027-10-05T19:30"], items.Select(i => i!["startsAt"]!.GetValue<string>()));
        Assert.Equal("Bahar", items[3]!["leaderName"]!.GetValue<string>());
        Assert.Equal("Eritrees", items[3]!["communityName"]!.GetValue<string>());
        Assert.Equal(1, items[3]!["number"]!.GetValue<int>());

        // Both dates are included: one day is from=to.
        Assert.Single((await _coordinator.GetFromJsonAsync<JsonNode>("/v1/sessions?from=2027-09-14&to=2027-09-14"))!["items"]!.AsArray());
        Assert.Equal(2, (await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/sessions?from=2027-09-01&to=2027-10-12&leader={_bahar}"))!["items"]!.AsArray().Count);
        Assert.Single((await _coordinator.GetFromJsonAsync<JsonNode>("/v1/sessions?from=2027-09-01&to=2027-10-10&province=PV28"))!["items"]!.AsArray());

        // Rotterdam's officer sees Rotterdam's session, the leader's name but not their id; Amal sees only her own.
        var officer = (await _factory.ClientFor(Roles.MunicipalOfficer, "GM0599").GetFromJsonAsync<JsonNode>("/v1/sessions?from=2027-08-30&to=2027-10-10"))!["items"]!.AsArray();
        Assert.Equal([_october], officer.Select(i => i!["seriesId"]!.GetValue<Guid>()));
        Assert.Equal("Bahar", officer[0]!["leaderName"]!.GetValue<string>());
        Assert.Null(officer[0]!["leaderId"]);
        var leader = (await _factory.ClientFor(Roles.Leader, leaderId: _amal.ToString()).GetFromJsonAsync<JsonNode>("/v1/sessions?from=2027-08-30&to=2027-10-10"))!["items"]!.AsArray();
        Assert.Equal(3, leader.Count);
        Assert.All(leader, i => Assert.Equal(_september, i!["seriesId"]!.GetValue<Guid>()));
    }

    private async Task<List<Guid>> IdsAsync(string path) =>
        [.. (await _coordinator.GetFromJsonAsync<JsonNode>(path))!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>())];

    private static JsonObject Draft(string municipality, Guid community, string audience, string topic)
    {
        var draft = SeriesRequests.Draft(audience);
        draft["municipalityCode"] = municipality;
        draft["communityId"] = community.ToString();
        draft["topicCodes"] = new JsonArray(topic);
        return draft;
    }
}
