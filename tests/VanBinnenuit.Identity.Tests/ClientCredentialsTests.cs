using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ClientCredentialsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Secret = "a-long-secret-for-the-municipal-system";
    private IdentityFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_cc");
        _factory.CreateClient();
        await _factory.AddMachineClientAsync("gm0363-system", Secret, Roles.MunicipalOfficer, "GM0363");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string clientId, string secret) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "api",
        }));

    private static async Task<JwtSecurityToken> ReadTokenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new JwtSecurityTokenHandler().ReadJwtToken(body.GetProperty("access_token").GetString());
    }

    [Fact]
    public async Task A_municipal_system_gets_a_short_token_bound_to_its_municipality_for_every_service()
    {
        var token = await ReadTokenAsync(await RequestTokenAsync(_factory.CreateClient(), "gm0363-system", Secret));

        Assert.Equal(IdentityFactory.Issuer, token.Issuer);
        Assert.Equal(ResourceNames.ApiServices.Order(), token.Audiences.Order());
        Assert.Equal(Roles.MunicipalOfficer, token.Claims.Single(c => c.Type == "role").Value);
        Assert.Equal("GM0363", token.Claims.Single(c => c.Type == BindingClaims.Municipality).Value);
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        var response = await RequestTokenAsync(_factory.CreateClient(), "gm0363-system", "not-the-secret");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_client_gets_no_token()
    {
        var response = await RequestTokenAsync(_factory.CreateClient(), "gm9999-system", Secret);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task No_demo_account_or_client_exists_outside_Development()
    {
        var response = await RequestTokenAsync(_factory.CreateClient(), "demo-gm0363-system", "demo-secret-gm0363");
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.AccountUser>>();
        Assert.Empty(users.Users.Where(u => u.Email!.EndsWith("@demo.vanbinnenuit.nl")));
    }

    [Fact]
    public async Task The_discovery_document_offers_code_with_PKCE_and_client_credentials()
    {
        var discovery = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("client_credentials", grants);
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Tokens_issued_before_a_restart_still_validate_with_the_keys_published_after_it()
    {
        var token = await ReadTokenAsync(await RequestTokenAsync(_factory.CreateClient(), "gm0363-system", Secret));

        await using var restarted = _factory.Restarted();
        var jwks = await restarted.CreateClient().GetStringAsync("/.well-known/jwks");
        var keys = new JsonWebKeySet(jwks).GetSigningKeys();

        new JwtSecurityTokenHandler().ValidateToken(token.RawData, new TokenValidationParameters
        {
            ValidIssuer = IdentityFactory.Issuer,
            ValidAudiences = ResourceNames.ApiServices,
            IssuerSigningKeys = keys,
        }, out _);
        Assert.Contains(keys, k => k.KeyId == token.Header.Kid);
    }
}
