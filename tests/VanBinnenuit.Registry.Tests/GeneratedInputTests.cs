using CsCheck;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Registry.Tests;

/// <summary>Whatever a client sends, the answer is a success or a 4xx problem, never a 5xx.</summary>
[Collection(RegistryCollection.Name)]
public sealed class GeneratedInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_gen");
        _client = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static readonly Gen<string> Body = GeneratedJson.Bodies(
        "name", "originCountries", "languages", "diversityNotes", "approachRoutes", "presence", "municipalityCode", "sizeEstimate", "source",
        "kind", "kvkNumber", "communityIds", "municipalityCodes", "contactPersons", "role", "email", "phone",
        "displayName", "code", "proficiency", "topicCodes", "gender", "homeMunicipalityCode", "travelMunicipalityCodes", "travelProvinceCodes",
        "availability", "absences", "day", "from", "to", "maxSessionsPerMonth", "reason", "validFrom", "validTo", "successorCodes", "active");

    [Fact]
    public async Task Generated_bodies_for_every_write_endpoint_never_answer_5xx()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var (community, _) = await coordinator.CreateAsync("/v1/communities", Samples.Community("Gegenereerd", "GM0363"));
        var (organisation, _) = await coordinator.CreateAsync("/v1/organisations", Samples.Organisation("Gegenereerd", community, "GM0363"));
        var (leader, _) = await coordinator.CreateAsync("/v1/leaders", Samples.Leader("Gegenereerd", community));
        (string Method, string Path)[] writes =
        [
            ("POST", "/v1/communities"), ("PUT", $"/v1/communities/{community}"), ("POST", $"/v1/communities/{community}/deactivation"),
            ("POST", "/v1/organisations"), ("PUT", $"/v1/organisations/{organisation}"), ("POST", $"/v1/organisations/{organisation}/deactivation"),
            ("POST", "/v1/leaders"), ("PUT", $"/v1/leaders/{leader}"), ("PUT", $"/v1/leaders/{leader}/availability"), ("POST", $"/v1/leaders/{leader}/deactivation"),
            ("PUT", "/v1/municipalities/GM0363/validity"), ("PUT", "/v1/municipalities/GM0363/contact-persons"),
            ("POST", "/v1/topics"), ("PUT", "/v1/topics/lgbt-acceptance"), ("POST", "/v1/approach-routes"), ("PUT", "/v1/approach-routes/health"),
            ("POST", "/v1/municipality-announcements"),
        ];
        await GeneratedJson.AssertNoServerErrorsAsync(_client, writes, Body);
    }

    private static readonly Gen<string> CsvCell = Gen.OneOf(GeneratedJson.Text, Gen.OneOf("ar:native; nl:good", "GM0363", "monday 18:00-21:30", "Gegenereerd", "\"", "\"a,b\"", ";", "other"));

    [Fact]
    public async Task Generated_CSV_files_never_answer_5xx()
    {
        var leaderColumns = new[] { "display_name", "email", "phone", "languages", "communities", "topics", "gender", "home_municipality", "travel_municipalities", "travel_provinces", "availability", "max_sessions_per_month", "x" };
        var organisationColumns = new[] { "name", "kind", "kvk_number", "communities", "municipalities", "contact_name", "contact_role", "contact_email", "contact_phone", "x" };
        foreach (var (path, columns) in new[] { ("/v1/leader-imports", leaderColumns), ("/v1/organisation-imports", organisationColumns) })
        {
            var file = Gen.Select(Gen.OneOf(columns).Array[1, 8], CsvCell.Array[0, 8].Array[0, 6], Gen.Bool)
                .Select((header, rows, dryRun) => (string.Join(",", header.Distinct()) + "\n" + string.Join("\n", rows.Select(r => string.Join(",", r))), dryRun));
            await file.SampleAsync(async sample =>
            {
                using var response = await _client.PostAsync($"{path}?dryRun={sample.dryRun}", Samples.Csv(sample.Item1));
                return (int)response.StatusCode < 500;
            }, iter: 80);
        }
    }

    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.Const("page"), Gen.Const("pageSize"), Gen.Const("province"), Gen.Const("name"), Gen.String[1, 10]);

    [Fact]
    public async Task Generated_list_queries_never_answer_5xx()
    {
        await Gen.Select(Key, GeneratedJson.Text).Array[0, 5].SampleAsync(async pairs =>
        {
            var query = string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}"));
            using var response = await _client.GetAsync($"/v1/municipalities?{query}");
            return (int)response.StatusCode < 500;
        }, iter: 300);
    }

    [Fact]
    public async Task Generated_codes_never_answer_5xx()
    {
        await Gen.String[0, 40].SampleAsync(async code =>
        {
            using var response = await _client.GetAsync($"/v1/municipalities/{Uri.EscapeDataString(code)}");
            return (int)response.StatusCode < 500;
        }, iter: 300);
    }
}
