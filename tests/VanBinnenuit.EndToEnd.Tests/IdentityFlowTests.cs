using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class IdentityFlowTests(ObservedSystemFixture system)
{
    [Fact]
    public async Task A_municipal_system_gets_a_token_through_the_gateway_that_names_the_gateway_as_issuer()
    {
        using var response = await system.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "demo-gm0363-system",
            ["client_secret"] = "demo-secret-gm0363",
            ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new JwtSecurityTokenHandler().ReadJwtToken(
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());

        Assert.Equal(system.Gateway.BaseAddress!.ToString(), token.Issuer);
        Assert.Equal("GM0363", token.Claims.Single(c => c.Type == BindingClaims.Municipality).Value);
    }

    [Theory]
    [InlineData("registry", "/v1/municipalities")]
    [InlineData("scheduling", "/v1/municipalities/count")]
    [InlineData("monitoring", "/v1/municipalities/count")]
    [InlineData("advice-requests", "/v1/municipalities/count")]
    public async Task Without_a_token_every_service_answers_401_problem(string service, string path)
    {
        using var response = await system.Gateway.GetAsync($"/api/{service}{path}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_signed_in_officer_sees_their_own_municipality_and_not_another()
    {
        using var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        using var own = await officer.GetAsync("/api/registry/v1/municipalities/GM0363");
        using var other = await officer.GetAsync("/api/registry/v1/municipalities/GM0599");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task An_administrator_reads_the_access_audit_through_the_gateway_and_a_coordinator_may_not()
    {
        using var administrator = await system.SignedInClientAsync("beheerder@demo.vanbinnenuit.nl");
        var audit = await administrator.GetFromJsonAsync<JsonElement>("/api/identity/v1/access-events?pageSize=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "signed-in");
        Assert.StartsWith("/api/identity/v1/access-events?", audit.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());

        using var refused = await system.Coordinator.GetAsync("/api/identity/v1/access-events");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_is_served_in_Dutch_through_the_gateway()
    {
        var page = await system.Gateway.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"nl\"", page);
        Assert.Contains("Inloggen", page);
    }
}
