using System.Text.Json;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>
/// Who gets what from every monitoring endpoint. {series} is in GM0363 ("own"), led by the leader
/// the leader token is bound to, with session 1 reported.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class AccessMatrixTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly string Report = JsonSerializer.Serialize(Reports.Of(7, returned: 5, correctionReason: "Matrix"));
    private const string Statement = """{"code":"matrix-statement","text":"Een stelling voor de matrix."}""";
    private const string Attitudes = """{"answers":[{"statementId":"01930000-0000-7000-8000-000000005101","counts":[1,2,3,2,1]}]}""";

    private static readonly MatrixRow[] Matrix =
    [
        //                                                                 coord adv  lead own  other admin none exp  aud  tamp unkn
        new("GET", "/v1/municipalities/count", null,                        [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models", null,                                 [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/communities/01930000-0000-7000-8000-0000000000c1", null, [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/read-models/organisations/01930000-0000-7000-8000-0000000000a9", null, [404, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/series/{series}/sessions/1/report", null,           [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/series/{series}/sessions/1/report/versions", null,  [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        // The coordinator reports first (version 1), the leader then corrects it (version 2).
        new("PUT", "/v1/series/{series}/sessions/2/report", Report,         [201, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/series/{other-series}/sessions/2/report", Report,   [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/overview", null,                         [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/breakdown?by=province", null,            [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/breakdown.csv?by=theme", null,           [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/coverage-gaps", null,                    [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/attitudes", null,                        [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/attitudes.csv?until=2000-01-01", null,   [400, 400, 403, 400, 400, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/coverage-gaps.csv", null,                [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/indicators/overview?from=2026-01-01", null,         [400, 400, 403, 400, 400, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/exact-figure-reads", null,                          [403, 403, 403, 403, 403, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/reports/programme/2026", null,                      [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/reports/programme/2026.csv", null,                  [200, 200, 403, 200, 200, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/statements", null,                                  [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        // The coordinator adds the statement first, so the administrator finds its code taken.
        new("POST", "/v1/statements", Statement,                            [201, 403, 403, 403, 403, 409, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/statements/01930000-0000-7000-8000-000000005102", """{"code":"gender-equality","text":"Vrouwen en mannen zijn gelijkwaardig."}""", [200, 403, 403, 403, 403, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/series/{series}/attitudes", null,                   [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/series/{series}/attitudes/before", Attitudes,       [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
    ];

    private readonly Dictionary<string, string> _ids = [];
    private MonitoringApiFactory _factory = null!;
    private readonly Guid _leader = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_access");
        var series = await _factory.AddSeriesAsync(_leader, DateTimeOffset.UtcNow.AddDays(-30));
        _ids["{series}"] = series.ToString();
        _ids["{other-series}"] = (await _factory.AddSeriesAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-30))).ToString();
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        using var put = await Reports.PutAsync(coordinator, series, 1, Reports.Of(8));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_caller_gets_exactly_the_expected_answer_from_every_endpoint()
    {
        var mismatches = await AccessMatrix.MismatchesAsync(Matrix,
            caller => _factory.ClientWith(AccessMatrix.TokenFor(_factory.Tokens, ResourceNames.Monitoring, caller, _leader.ToString())), _ids);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Every_endpoint_of_monitoring_is_in_the_matrix() =>
        Assert.Empty(AccessMatrix.Uncovered(_factory.Services, Matrix.Select(row => $"{row.Method} {Template(row.Path)}")));

    [Fact]
    public void Every_endpoint_of_monitoring_names_its_policy_or_anonymous_access() =>
        Assert.Empty(AccessMatrix.NamingNoPolicy(_factory.Services));

    private static string Template(string path) => System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0]
        .Replace("{series}", "{id:guid}").Replace("{other-series}", "{id:guid}").Replace("/sessions/1/", "/sessions/{number:int}/")
        .Replace("/sessions/2/", "/sessions/{number:int}/").Replace("/attitudes/before", "/attitudes/{moment}")
        .Replace("/programme/2026", "/programme/{year:int}"), "/[0-9a-f]{8}-[0-9a-f-]{27}$", "/{id:guid}");
}
