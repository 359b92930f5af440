using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class LeadersApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private HttpClient _coordinator = null!;
    private Guid _community;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_leaders");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
        (_community, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community("Eritrees", "GM0363"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<JsonNode> ListAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/v1/leaders?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!;
    }

    private static string[] Names(JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!["displayName"]!.GetValue<string>())];

    [Fact]
    public async Task A_registered_leader_reads_back_with_an_ETag()
    {
        var (id, etag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Amal", _community));
        using var response = await _coordinator.GetAsync($"/v1/leaders/{id}");
        var leader = await response.Content.ReadFromJsonAsync<JsonNode>();
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.Equal("Amal", leader!["displayName"]!.GetValue<string>());
        Assert.Equal(["GM0599"], leader["travelMunicipalityCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("native", leader["languages"]![0]!["proficiency"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_without_If_Match_is_refused_with_428()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Zonder", _community));
        using var response = await _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Zonder 2", _community), ifMatch: null);
        await response.AssertProblemAsync((HttpStatusCode)428);
    }

    [Fact]
    public async Task Of_two_updates_from_the_same_version_one_wins_and_the_other_gets_412()
    {
        var (id, etag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Samira", _community));
        var first = _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Samira A", _community), etag);
        var second = _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Samira B", _community), etag);
        var responses = await Task.WhenAll(first, second);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        await loser.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var winner = await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonNode>();
        var stored = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/leaders/{id}");
        Assert.Equal(winner!["displayName"]!.GetValue<string>(), stored!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_ETag_gets_412_and_changes_nothing()
    {
        var (id, etag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Noor", _community));
        using var update = await _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Noor 2", _community), etag);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.NotEqual(etag, update.Headers.ETag!.Tag);
        using var stale = await _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Noor 3", _community), etag);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Noor 2", (await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/leaders/{id}"))!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_references_are_named_in_a_422()
    {
        var draft = Samples.Leader("Onbekend", Guid.NewGuid(), home: "GM9999");
        draft["topicCodes"] = new JsonArray("no-such-topic");
        using var response = await _coordinator.PostAsJsonAsync("/v1/leaders", draft);
        var names = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["communityIds", "homeMunicipalityCode", "topicCodes"], names.Order());
    }

    [Fact]
    public async Task Filters_combine_language_topic_community_region_and_name()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await _coordinator.CreateAsync("/v1/leaders", Samples.Leader($"{tag} Tigrinya Amsterdam", _community, "GM0363", "ti"));
        await _coordinator.CreateAsync("/v1/leaders", Samples.Leader($"{tag} Somali Groningen", null, "GM0014", "so"));
        var travels = Samples.Leader($"{tag} Tigrinya Utrecht", null, "GM0344", "ti");
        travels["travelMunicipalityCodes"] = new JsonArray();
        travels["travelProvinceCodes"] = new JsonArray("PV20");
        travels["topicCodes"] = new JsonArray("parenting");
        await _coordinator.CreateAsync("/v1/leaders", travels);

        Assert.Equal([$"{tag} Tigrinya Amsterdam", $"{tag} Tigrinya Utrecht"], Names(await ListAsync(_coordinator, $"name={tag}&language=tir")));
        Assert.Equal([$"{tag} Tigrinya Utrecht"], Names(await ListAsync(_coordinator, $"name={tag}&topic=parenting")));
        Assert.Equal([$"{tag} Tigrinya Amsterdam"], Names(await ListAsync(_coordinator, $"name={tag}&community={_community}")));
        // Groningen (GM0014, PV20): the leader who lives there and the one who travels to the whole province.
        Assert.Equal([$"{tag} Somali Groningen", $"{tag} Tigrinya Utrecht"], Names(await ListAsync(_coordinator, $"name={tag}&municipality=GM0014")));
        Assert.Equal([$"{tag} Tigrinya Amsterdam"], Names(await ListAsync(_coordinator, $"name={tag}&province=PV27")));
    }

    [Fact]
    public async Task A_deactivated_leader_is_listed_as_inactive_with_the_reason_and_hidden_from_other_leaders()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (id, _) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader($"{tag} Stopt", _community));
        using var deactivation = await _coordinator.PostAsJsonAsync($"/v1/leaders/{id}/deactivation", new { reason = "Met pensioen" });
        Assert.Equal(HttpStatusCode.NoContent, deactivation.StatusCode);

        var inactive = await ListAsync(_coordinator, $"name={tag}&active=false");
        Assert.Equal("Met pensioen", inactive["items"]![0]!["inactiveReason"]!.GetValue<string>());
        Assert.Empty(Names(await ListAsync(_coordinator, $"name={tag}&active=true")));
        using var otherLeader = _factory.ClientFor(Roles.Leader, leaderId: Guid.NewGuid().ToString());
        Assert.Empty(Names(await ListAsync(otherLeader, $"name={tag}")));
        using var get = await otherLeader.GetAsync($"/v1/leaders/{id}");
        await get.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Contact_details_are_for_coordinators_and_the_leader_themself_only()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Privé", _community, email: "prive@voorbeeld.nl"));
        async Task<JsonNode> AsAsync(string role, string? municipality = null, string? leaderId = null)
        {
            using var client = _factory.ClientFor(role, municipality, leaderId);
            return (await client.GetFromJsonAsync<JsonNode>($"/v1/leaders/{id}"))!;
        }

        Assert.Equal("prive@voorbeeld.nl", (await AsAsync(Roles.Coordinator))["email"]?.GetValue<string>());
        Assert.Equal("prive@voorbeeld.nl", (await AsAsync(Roles.Leader, leaderId: id.ToString()))["email"]?.GetValue<string>());
        var advisor = await AsAsync(Roles.Advisor);
        Assert.Null(advisor["email"]);
        Assert.Null(advisor["phone"]);
        Assert.NotNull(advisor["communityIds"]);
        // Another leader: display name and languages, nothing else.
        Assert.Equal(["displayName", "id", "languages"], (await AsAsync(Roles.Leader, leaderId: Guid.NewGuid().ToString())).AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Other_leaders_cannot_filter_by_what_the_public_view_hides()
    {
        using var otherLeader = _factory.ClientFor(Roles.Leader, leaderId: Guid.NewGuid().ToString());
        using var byCommunity = await otherLeader.GetAsync($"/v1/leaders?community={_community}");
        await byCommunity.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var byLanguage = await otherLeader.GetAsync("/v1/leaders?language=ar");
        Assert.Equal(HttpStatusCode.OK, byLanguage.StatusCode);
    }

    [Fact]
    public async Task A_municipal_officer_gets_no_list_of_the_countrys_leaders_nor_any_one_of_them()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Landelijk", _community));
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363");
        using var list = await officer.GetAsync("/v1/leaders?language=ar");
        await list.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var one = await officer.GetAsync($"/v1/leaders/{id}");
        await one.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_leader_keeps_their_own_availability_and_not_anyone_elses()
    {
        var (id, etag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Eigen", _community));
        var (other, otherEtag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Ander", _community));
        using var self = _factory.ClientFor(Roles.Leader, leaderId: id.ToString());
        var availability = new JsonObject
        {
            ["availability"] = new JsonArray(new JsonObject { ["day"] = "saturday", ["from"] = "10:00", ["to"] = "14:00" }),
            ["absences"] = new JsonArray(new JsonObject { ["from"] = "2027-08-01", ["to"] = "2027-08-15" }),
        };

        using var own = await self.PutAsync($"/v1/leaders/{id}/availability", availability, etag);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var stored = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/leaders/{id}");
        Assert.Equal("saturday", stored!["availability"]![0]!["day"]!.GetValue<string>());
        Assert.Equal("2027-08-15", stored["absences"]![0]!["to"]!.GetValue<string>());
        Assert.Equal("Eigen", stored["displayName"]!.GetValue<string>());

        using var someoneElses = await self.PutAsync($"/v1/leaders/{other}/availability", availability, otherEtag);
        await someoneElses.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_leader_is_recognised_however_the_binding_writes_their_id()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Hoofdletters", _community, email: "hoofdletters@voorbeeld.nl"));
        using var self = _factory.ClientFor(Roles.Leader, leaderId: id.ToString().ToUpperInvariant());
        var own = await self.GetFromJsonAsync<JsonNode>($"/v1/leaders/{id}");
        Assert.Equal("hoofdletters@voorbeeld.nl", own!["email"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("language=klingon", "language")]
    [InlineData("province=27", "province")]
    [InlineData("municipality=Amsterdam", "municipality")]
    [InlineData("topic=Not%20A%20Code", "topic")]
    public async Task Bad_list_parameters_are_named(string query, string parameter)
    {
        using var response = await _coordinator.GetAsync($"/v1/leaders?{query}");
        Assert.Equal([parameter], await response.AssertProblemAsync(HttpStatusCode.BadRequest));
    }
}
