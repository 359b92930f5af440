using System.Net.Http.Json;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

/// <summary>
/// Who gets what from every registry endpoint. A new endpoint adds one row; the last test fails
/// until it does. The officer of GM0363 is "own" for the GM0363 rows, the officer of GM0599 "other".
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class AccessMatrixTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string LeaderCsv = "text/csv|display_name,languages,home_municipality,max_sessions_per_month\nMatrix Leider,ar:native,GM0363,4\n";
    private const string OrganisationCsv = "text/csv|name,kind,municipalities\nMatrix Stichting,other,GM0363\n";
    private const string Reason = """{"reason":"Matrix"}""";

    // {community}, {organisation} and {leader} are present in or serve GM0363 ("own"); the leader token is bound to {leader}.
    private static readonly MatrixRow[] Matrix =
    [
        //                                                                 coord adv  lead own  other admin none exp  aud  tamp unkn
        new("GET", "/v1/municipalities?pageSize=5", null,                      [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/municipalities/GM0363", null,                          [200, 200, 200, 200, 404, 200, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/municipalities/GM0363/validity", """{"successorCodes":[]}""", [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/municipalities/GM0363/contact-persons", null,          [200, 200, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/municipalities/GM0363/contact-persons", """{"contactPersons":[{"name":"A. Ambtenaar","email":"a@gemeente.nl"}]}""",
                                                                            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/municipality-announcements", """{"codes":["GM0363"]}""", [202, 403, 403, 403, 403, 202, 401, 401, 401, 401, 401]),
        new("GET", "/v1/topics", null,                                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/topics", """{"code":"matrix-topic","name":"Matrix"}""", [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/topics/matrix-topic", """{"name":"Matrix, hernoemd"}""", [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/approach-routes", null,                                [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/approach-routes", """{"code":"matrix-route","name":"Matrix"}""", [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/approach-routes/matrix-route", """{"name":"Matrix"}""", [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/code-names", null,                                     [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/communities?pageSize=5", null,                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/communities/{community}", null,                        [200, 200, 200, 200, 404, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/communities", """{"name":"Matrix-gemeenschap"}""",    [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/communities/{community}", """{"name":"Matrix-gemeenschap 2","presence":[{"municipalityCode":"GM0363"}]}""",
                                                                            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/communities/{community}/deactivation", Reason,        [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/communities/{community}/activation", null,            [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("GET", "/v1/organisations?pageSize=5", null,                       [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/organisations/{organisation}", null,                   [200, 200, 200, 200, 404, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/organisations", """{"name":"Matrix-stichting","kind":"other"}""", [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/organisations/{organisation}", """{"name":"Matrix-stichting 2","kind":"other","municipalityCodes":["GM0363"]}""",
                                                                            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/organisations/{organisation}/deactivation", Reason,   [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/organisations/{organisation}/activation", null,       [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        // No national list of leaders for a municipality: series name their leader to the officer instead.
        new("GET", "/v1/leaders?pageSize=5", null,                             [200, 200, 200, 403, 403, 200, 401, 401, 401, 401, 401]),
        new("GET", "/v1/leaders/{leader}", null,                               [200, 200, 200, 403, 403, 200, 401, 401, 401, 401, 401]),
        new("POST", "/v1/leaders", """{"displayName":"Matrix Leider","languages":[{"code":"nl","proficiency":"native"}],"homeMunicipalityCode":"GM0363","maxSessionsPerMonth":2}""",
                                                                            [201, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/leaders/{leader}", """{"displayName":"Matrix Leider 2","languages":[{"code":"nl","proficiency":"native"}],"homeMunicipalityCode":"GM0363","maxSessionsPerMonth":2}""",
                                                                            [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("PUT", "/v1/leaders/{leader}/availability", """{"availability":[{"day":"monday","from":"19:00","to":"21:00"}],"absences":[]}""",
                                                                            [200, 403, 200, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/leaders/{leader}/deactivation", Reason,               [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/leaders/{leader}/activation", null,                   [204, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/leader-imports?dryRun=true", LeaderCsv,               [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
        new("POST", "/v1/organisation-imports?dryRun=true", OrganisationCsv,   [200, 403, 403, 403, 403, 403, 401, 401, 401, 401, 401]),
    ];

    private readonly Dictionary<string, string> _ids = [];
    private RegistryApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_access");
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var (community, _) = await coordinator.CreateAsync("/v1/communities", Samples.Community("Matrix", "GM0363"));
        var (organisation, _) = await coordinator.CreateAsync("/v1/organisations", Samples.Organisation("Matrix", community, "GM0363"));
        var (leader, _) = await coordinator.CreateAsync("/v1/leaders", Samples.Leader("Matrix", community));
        _ids["{community}"] = community.ToString();
        _ids["{organisation}"] = organisation.ToString();
        _ids["{leader}"] = leader.ToString();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_caller_gets_exactly_the_expected_answer_from_every_endpoint()
    {
        var mismatches = await AccessMatrix.MismatchesAsync(Matrix,
            caller => _factory.ClientWith(AccessMatrix.TokenFor(_factory.Tokens, ResourceNames.Registry, caller, _ids["{leader}"])), _ids);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task An_officer_lists_only_their_own_municipality()
    {
        using var client = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0599");
        var page = await client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?pageSize=100&province=PV28");
        Assert.Equal(["GM0599"], page!.Items.Select(m => m.Code));
        Assert.Equal(1, page.TotalItems);
    }

    [Fact]
    public void Every_endpoint_of_the_registry_is_in_the_matrix() =>
        Assert.Empty(AccessMatrix.Uncovered(_factory.Services, Matrix.Select(row => $"{row.Method} {Template(row.Path)}")));

    [Fact]
    public void Every_endpoint_of_the_registry_names_its_policy_or_anonymous_access() =>
        Assert.Empty(AccessMatrix.NamingNoPolicy(_factory.Services));

    // "/v1/municipalities/GM0363/validity?x=1" → "/v1/municipalities/{code}/validity", as the route table writes it.
    private static string Template(string path) => System.Text.RegularExpressions.Regex.Replace(path.Split('?')[0]
        .Replace("{community}", "{id:guid}").Replace("{organisation}", "{id:guid}").Replace("{leader}", "{id:guid}")
        .Replace("/GM0363", "/{code}"), "^/v1/(topics|approach-routes)/[a-z-]+$", "/v1/$1/{code}");
}
