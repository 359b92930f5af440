using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class CommunitiesAndOrganisationsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_communities");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static string[] Names(JsonNode? page) => [.. page!["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())];

    [Fact]
    public async Task A_community_reads_back_as_written_with_canonical_codes()
    {
        var draft = Samples.Community("Afghaans", "GM0363");
        draft["languages"] = new JsonArray("PRS", "pus");
        draft["presence"]!.AsArray().Add(new JsonObject { ["municipalityCode"] = "gm0599", ["sizeEstimate"] = 900, ["source"] = "Eigen telling vereniging 2026" });
        var (id, _) = await _coordinator.CreateAsync("/v1/communities", draft);

        var community = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/communities/{id}");
        Assert.Equal(["prs", "ps"], community!["languages"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(900, community["presence"]![1]!["sizeEstimate"]!.GetValue<int>());
        Assert.Equal("GM0599", community["presence"]![1]!["municipalityCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_officer_sees_a_communitys_presence_in_their_own_municipality_only_and_not_its_diversity_notes()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (id, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community($"{tag} Iraaks", "GM0363", "GM0599"));
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363");
        foreach (var community in new[] { await officer.GetFromJsonAsync<JsonNode>($"/v1/communities/{id}"),
                     (await officer.GetFromJsonAsync<JsonNode>($"/v1/communities?name={tag}"))!["items"]![0] })
        {
            Assert.Equal(["GM0363"], community!["presence"]!.AsArray().Select(p => p!["municipalityCode"]!.GetValue<string>()));
            Assert.Null(community["diversityNotes"]);
        }
        // The alliance sees it whole.
        var whole = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/communities/{id}");
        Assert.Equal(2, whole!["presence"]!.AsArray().Count);
        Assert.NotNull(whole["diversityNotes"]);
    }

    [Fact]
    public async Task A_community_name_is_registered_once_whatever_its_letter_case()
    {
        await _coordinator.CreateAsync("/v1/communities", Samples.Community("Somalisch"));
        using var response = await _coordinator.PostAsJsonAsync("/v1/communities", Samples.Community("SOMALISCH"));
        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Every_invalid_field_of_a_community_is_named_and_nothing_is_written()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var draft = Samples.Community($"{tag} fout");
        draft["originCountries"] = new JsonArray("Syrië");
        draft["languages"] = new JsonArray("ar", "xx");
        draft["presence"] = new JsonArray(new JsonObject { ["municipalityCode"] = "GM0363", ["sizeEstimate"] = 10 });
        using var response = await _coordinator.PostAsJsonAsync("/v1/communities", draft);
        Assert.Equal(["languages[1]", "originCountries[0]", "presence[0].source"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Order());
        Assert.Empty(Names(await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/communities?name={tag}")));
    }

    [Fact]
    public async Task An_unknown_approach_route_or_municipality_is_a_422()
    {
        var draft = Samples.Community("Onbekend", "GM9999");
        draft["approachRoutes"] = new JsonArray("no-such-route");
        using var response = await _coordinator.PostAsJsonAsync("/v1/communities", draft);
        Assert.Equal(["approachRoutes", "presence"], (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).Order());
    }

    [Fact]
    public async Task An_officer_sees_the_communities_and_organisations_present_in_their_own_municipality()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (amsterdam, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community($"{tag} A", "GM0363"));
        var (rotterdam, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community($"{tag} R", "GM0599"));
        await _coordinator.CreateAsync("/v1/organisations", Samples.Organisation($"{tag} A", amsterdam, "GM0363"));
        var (other, _) = await _coordinator.CreateAsync("/v1/organisations", Samples.Organisation($"{tag} R", rotterdam, "GM0599"));

        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363");
        Assert.Equal([$"{tag} A"], Names(await officer.GetFromJsonAsync<JsonNode>($"/v1/communities?name={tag}")));
        Assert.Equal([$"{tag} A"], Names(await officer.GetFromJsonAsync<JsonNode>($"/v1/organisations?name={tag}")));
        using var hidden = await officer.GetAsync($"/v1/organisations/{other}");
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Organisations_filter_by_community_kind_and_province()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (community, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community($"{tag} C", "GM0363"));
        await _coordinator.CreateAsync("/v1/organisations", Samples.Organisation($"{tag} zelforganisatie", community, "GM0363"));
        var ggd = Samples.Organisation($"{tag} GGD", null, "GM0014");
        ggd["kind"] = "professional-institution";
        ggd["kvkNumber"] = "12345678";
        await _coordinator.CreateAsync("/v1/organisations", ggd);

        Assert.Equal([$"{tag} zelforganisatie"], Names(await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/organisations?name={tag}&community={community}")));
        Assert.Equal([$"{tag} GGD"], Names(await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/organisations?name={tag}&kind=professional-institution")));
        Assert.Equal([$"{tag} GGD"], Names(await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/organisations?name={tag}&province=PV20")));
    }

    [Fact]
    public async Task Organisation_contact_persons_are_for_coordinators_and_advisors_only()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/organisations", Samples.Organisation("Contact", null, "GM0363"));
        foreach (var (role, visible) in new[] { (Roles.Coordinator, true), (Roles.Advisor, true), (Roles.Leader, false), (Roles.MunicipalOfficer, false) })
        {
            using var client = _factory.ClientFor(role, role == Roles.MunicipalOfficer ? "GM0363" : null, role == Roles.Leader ? Guid.NewGuid().ToString() : null);
            var organisation = await client.GetFromJsonAsync<JsonNode>($"/v1/organisations/{id}");
            Assert.Equal(visible, organisation!["contactPersons"] is not null);
        }
    }

    [Fact]
    public async Task Municipality_contact_persons_and_validity_are_kept_with_the_municipality()
    {
        using var read = await _coordinator.GetAsync("/v1/municipalities/GM0505/contact-persons");
        var etag = read.Headers.ETag!.Tag;
        var contacts = new JsonObject { ["contactPersons"] = new JsonArray(new JsonObject { ["name"] = "Jan Beleid", ["role"] = "beleidsmedewerker", ["phone"] = "010 123 4567" }) };
        using var saved = await _coordinator.PutAsync("/v1/municipalities/GM0505/contact-persons", contacts, etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        using var stale = await _coordinator.PutAsync("/v1/municipalities/GM0505/validity",
            new JsonObject { ["validTo"] = "2026-12-31", ["successorCodes"] = new JsonArray("GM0599") }, etag);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        using var merged = await _coordinator.PutAsync("/v1/municipalities/GM0505/validity",
            new JsonObject { ["validTo"] = "2020-12-31", ["successorCodes"] = new JsonArray("GM0599") }, saved.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        var municipality = await _coordinator.GetFromJsonAsync<JsonNode>("/v1/municipalities/GM0505");
        Assert.Equal("GM0599", municipality!["successorCodes"]![0]!.GetValue<string>());
        // An ended municipality cannot be newly referred to; the answer names the successor.
        using var refer = await _coordinator.PostAsJsonAsync("/v1/communities", Samples.Community("Na fusie", "GM0505"));
        Assert.Equal(["presence"], await refer.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
        Assert.Contains("GM0599", await refer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Catalogue_entries_can_be_added_renamed_and_retired_but_their_code_stays()
    {
        using var added = await _coordinator.PostAsJsonAsync("/v1/topics", new { code = "sexual-health", name = "Seksuele gezondheid" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        using var again = await _coordinator.PostAsJsonAsync("/v1/topics", new { code = "sexual-health", name = "Dubbel" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        using var recode = await _coordinator.PutAsync("/v1/topics/sexual-health", new JsonObject { ["code"] = "other", ["name"] = "X" }, added.Headers.ETag!.Tag);
        Assert.Equal(["code"], await recode.AssertProblemAsync(HttpStatusCode.BadRequest));
        using var retired = await _coordinator.PutAsync("/v1/topics/sexual-health", new JsonObject { ["name"] = "Seksuele gezondheid", ["active"] = false }, added.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);

        // A retired topic is kept, but no new leader can be trained on it.
        var leader = Samples.Leader("Nieuw");
        leader["topicCodes"] = new JsonArray("sexual-health");
        using var refused = await _coordinator.PostAsJsonAsync("/v1/leaders", leader);
        Assert.Equal(["topicCodes"], await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity));
    }
}
