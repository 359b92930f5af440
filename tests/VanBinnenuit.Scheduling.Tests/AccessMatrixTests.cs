using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>
/// Who gets what from every scheduling endpoint. {series} is in GM0363 ("own") and led by the
/// leader the leader token is bound to; {draft} is a draft without a leader.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class AccessMatrixTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Reason = """{"reason":"Matrix"}""";
    private const string Meeting = """{"title":"Kennismiddag","startsAt":"2028-05-20T13:30","endsAt":"2028-05-20T17:00","place":"Utrecht","capacity":40}""";
    private const string Draft = """{"municipalityCode":"GM0363","communityId":"01930000-0000-7000-8000-0000000000c1","audience":"mixed","languages":["ar"],"topicCodes":["lgbt-acceptance"]}""";
    private const string Sessions = """{"sessions":[{"startsAt":"2028-01-04T19:30","endsAt":"2028-01-04T21:30"},{"startsAt":"2028-01-11T19:30","endsAt":"2028-01-11T21:30"},{"startsAt":"2028-01-18T19:30","endsAt":"2028-01-18T21:30"}]}""";

    private static readonly MatrixRow[] Matrix =
    [
        //                                                                 coord adv  lead own  other admin none exp  aud  tamp unkn
        new("GET", "/v1/municipalities/count", null,                        [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models", null,                                 [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/communities/01930000-0000-7000-8000-0000000000c1", null, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/organisations/01930000-0000-7000-8000-0000000000a1", null, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/leaders/{leader}", null,                [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/knowledge-meetings", null,                          [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/knowledge-meetings", Meeting,                      [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/knowledge-meetings/{meeting}/registrations", null,  [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/knowledge-meetings/{meeting}/registrations", """{"name":"Matrix","email":"matrix@example.org","municipalityCode":"GM0363"}""",
                                                                            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/knowledge-meetings/{meeting}/registrations/mine", null, [403, 403, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        // Each call of the matrix is a fresh account, so an officer who may cancel finds nothing to cancel (409, not 403).
        new("DELETE", "/v1/knowledge-meetings/{meeting}/registrations/mine", null, [403, 403, 403, 409, 409, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/programme", null,                                   [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/series?pageSize=5", null,                           [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/sessions?from=2027-12-27&to=2028-02-06", null,     [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/series/{series}", null,                             [200, 200, 200, 200, 404, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/series", Draft,                                    [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/series/{draft}/sessions", Sessions,                 [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/series/{draft}/leader-proposals", "{}",            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/series/{draft}/leader", """{"leaderId":"{other}"}""", [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/series/{draft}/planning", null,                    [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        // The coordinator cancels first, so the series' own leader then finds the session cancelled already (422, not 403).
        new("POST", "/v1/series/{series}/sessions/1/cancellation", Reason,  [200, 403, 422, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/series/{series}/cancellation", Reason,             [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/leaders/{leader}/calendar-feed", null,              [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/leaders/{leader}/calendar-feed", null,              [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        // Read by calendar apps without a token: the secret address is the key, whoever asks.
        new("GET", "/v1/calendar-feeds/not-a-real-secret", null,            [404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404]),
    ];

    private readonly Dictionary<string, string> _ids = [];
    private SchedulingApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_access");
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var leader = await _factory.AddLeaderAsync(Plans.Leader());
        var other = await _factory.AddLeaderAsync(Plans.Leader("Ander"));
        _ids["{leader}"] = leader.ToString();
        _ids["{other}"] = other.ToString();
        _ids["{series}"] = (await SeriesRequests.PlannedAsync(coordinator, leader)).ToString();
        _ids["{draft}"] = (await SeriesRequests.CreateAsync(coordinator)).Id.ToString();
        using var meeting = await coordinator.PostAsync("/v1/knowledge-meetings", new StringContent(Meeting, System.Text.Encoding.UTF8, "application/json"));
        _ids["{meeting}"] = System.Text.Json.JsonDocument.Parse(await meeting.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_caller_gets_exactly_the_expected_answer_from_every_endpoint()
    {
        var mismatches = await AccessMatrix.MismatchesAsync(Matrix,
            caller => _factory.ClientWith(AccessMatrix.TokenFor(_factory.Tokens, ResourceNames.Scheduling, caller, _ids["{leader}"])), _ids);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Every_endpoint_of_scheduling_is_in_the_matrix() =>
        Assert.Empty(AccessMatrix.Uncovered(_factory.Services, Matrix.Select(row => $"{row.Method} {Template(row.Path)}")));

    [Fact]
    public void Every_endpoint_of_scheduling_names_its_policy_or_anonymous_access() =>
        Assert.Empty(AccessMatrix.NamingNoPolicy(_factory.Services));

    // "/v1/series/{draft}/leader" → "/v1/series/{id:guid}/leader", as the route table writes it.
    private static string Template(string path) => System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0]
        .Replace("{series}", "{id:guid}").Replace("{draft}", "{id:guid}").Replace("{meeting}", "{id:guid}").Replace("{leader}", "{id:guid}")
        .Replace("/sessions/1/", "/sessions/{number:int}/").Replace("/not-a-real-secret", "/{token}"), "/[0-9a-f]{8}-[0-9a-f-]{27}$", "/{id:guid}");
}
