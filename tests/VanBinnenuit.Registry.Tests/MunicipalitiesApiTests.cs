using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class MunicipalitiesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const int MunicipalitiesIn2025 = 342;
    private RegistryApiFactory _factory = null!;
    private HttpClient _client = null!;
    private string _database = null!;
    private string _broker = null!;

    public async Task InitializeAsync()
    {
        _database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "registry_api");
        _broker = await infrastructure.FreshBrokerAsync("registry_api");
        _factory = new RegistryApiFactory(_database, _broker);
        _client = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task All_municipalities_of_the_reference_file_are_served()
    {
        var page = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?pageSize=100");
        Assert.Equal(MunicipalitiesIn2025, page!.TotalItems);
        Assert.Contains(page.Items, m => m is { Code: "GM0014", Name: "Groningen", ProvinceCode: "PV20" });
    }

    [Fact]
    public async Task Pages_follow_each_other_through_their_links()
    {
        var first = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?page=1&pageSize=5&province=PV24");
        Assert.Equal(5, first!.Items.Count);
        Assert.Null(first.Links.Prev);
        var second = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>(first.Links.Next!.Href);
        Assert.Single(second!.Items);
        Assert.Null(second.Links.Next);
        Assert.Contains("province=PV24", second.Links.Self.Href);
        Assert.Empty(first.Items.Select(m => m.Code).Intersect(second.Items.Select(m => m.Code)));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=1e3", "pageSize")]
    [InlineData("province=Noord-Holland", "province")]
    public async Task Out_of_bounds_or_malformed_parameters_are_named_in_a_validation_problem(string query, string parameter)
    {
        var response = await _client.GetAsync($"/v1/municipalities?{query}");
        var invalid = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([parameter], invalid);
    }

    [Fact]
    public async Task Several_invalid_parameters_are_all_reported()
    {
        var response = await _client.GetAsync($"/v1/municipalities?page=0&pageSize=500&name={new string('x', 101)}");
        var invalid = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["name", "page", "pageSize"], invalid.Order());
    }

    [Fact]
    public async Task Province_filter_returns_only_that_province()
    {
        var page = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?province=pv24&pageSize=100");
        Assert.Equal(6, page!.TotalItems);
        Assert.All(page.Items, m => Assert.Equal("PV24", m.ProvinceCode));
    }

    [Fact]
    public async Task Name_filter_matches_a_part_of_the_name_in_any_case()
    {
        var page = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?name=DAM&pageSize=100");
        Assert.Contains(page!.Items, m => m.Name == "Amsterdam");
        Assert.Contains(page.Items, m => m.Name == "Rotterdam");
        Assert.All(page.Items, m => Assert.Contains("dam", m.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task Wildcards_in_the_name_filter_are_taken_literally(string wildcard)
    {
        var page = await _client.GetFromJsonAsync<PagedList<MunicipalityResponse>>($"/v1/municipalities?name={Uri.EscapeDataString(wildcard)}");
        Assert.Equal(0, page!.TotalItems);
    }

    [Theory]
    [InlineData("GM0363", "Amsterdam")]
    [InlineData("gm0599", "Rotterdam")]
    public async Task A_municipality_is_found_by_its_CBS_code(string code, string name)
    {
        var municipality = await _client.GetFromJsonAsync<MunicipalityResponse>($"/v1/municipalities/{code}");
        Assert.Equal(name, municipality!.Name);
        Assert.Equal("PV" + (name == "Amsterdam" ? "27" : "28"), municipality.ProvinceCode);
    }

    [Fact]
    public async Task An_unknown_code_is_404_problem()
    {
        var response = await _client.GetAsync("/v1/municipalities/GM9999");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0363")]
    [InlineData("GM363")]
    [InlineData("Amsterdam")]
    public async Task A_malformed_code_is_400_problem_naming_the_code(string code)
    {
        var response = await _client.GetAsync($"/v1/municipalities/{code}");
        Assert.Equal(["code"], await response.AssertProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Responses_carry_the_API_version()
    {
        var response = await _client.GetAsync("/v1/municipalities/GM0363");
        Assert.Equal(ApiVersion.Of("VanBinnenuit.Registry"), response.Headers.GetValues(ApiVersion.HeaderName).Single());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_municipality_endpoints()
    {
        var document = await _client.GetStringAsync("/v1/openapi.json");
        Assert.Contains("\"/municipalities/{code}\"", document);
        Assert.Contains("\"/api/registry/v1\"", document);
        Assert.Contains("\"openapi\": \"3.", document.Replace(":\"", ": \""));
    }

    [Fact]
    public async Task Loading_again_adds_nothing_and_announces_each_municipality_once()
    {
        // A second start over the same database runs the seeder again.
        await using (var restarted = new RegistryApiFactory(_database, _broker))
        {
            restarted.ClientFor(Roles.Coordinator);
        }
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        Assert.Equal(MunicipalitiesIn2025, await db.Municipalities.CountAsync());
        var events = await db.Set<OutboxMessage>().Where(m => m.MessageType.EndsWith("MunicipalityRegistered")).ToListAsync();
        Assert.Equal(MunicipalitiesIn2025, events.Count);
        Assert.Equal(MunicipalitiesIn2025, events.Select(e => e.Body).Distinct().Count());
    }
}
