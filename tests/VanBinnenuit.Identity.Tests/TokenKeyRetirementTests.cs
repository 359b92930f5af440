using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Identity.Extensions;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

/// <summary>
/// A signing key can be retired without signing anyone out: from that moment it signs nothing, it
/// still validates for the longest lifetime of a token it may have signed, and after that it is no
/// longer published, so the services stop accepting what it signed.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class TokenKeyRetirementTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Secret = "a-long-secret-for-a-test-client";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private IdentityFactory _root = null!;
    private WebApplicationFactory<IdentityDbContext> _factory = null!;

    public async Task InitializeAsync()
    {
        _root = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_retire");
        _factory = _root.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>()
            .CreateAsync(MachineClient.Describe("test-administrator", Secret, "Beheer", Roles.Administrator, null));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    [Fact]
    public async Task A_retired_key_signs_nothing_validates_through_its_grace_period_and_then_is_no_longer_published()
    {
        var signedByOld = await TokenAsync();
        var oldKey = signedByOld.Header.Kid;

        using var rotated = await As(signedByOld).PostAsync("/v1/token-keys", null);
        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        var newKey = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("keyId").GetString()!;
        var signedByNew = await TokenAsync();
        Assert.Equal(newKey, signedByNew.Header.Kid);

        using var retired = await As(signedByNew).PostAsync($"/v1/token-keys/{oldKey}/retirement", null);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var grace = TokenKeyOptions.GraceOf(_factory.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue);
        Assert.True(grace >= TimeSpan.FromHours(8), $"A grace period of {grace} is shorter than a refresh token lives.");
        var answer = await retired.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validates", answer.GetProperty("state").GetString());
        Assert.Equal(_clock.GetUtcNow() + grace, answer.GetProperty("validatesUntil").GetDateTimeOffset());

        // Within the grace period: still published, and what it signed is still accepted; it signs nothing new.
        Assert.Equal([newKey, oldKey], await PublishedKeysAsync());
        using (var stillValid = await As(signedByOld).GetAsync("/v1/users"))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }
        Assert.Equal(newKey, (await TokenAsync()).Header.Kid);
        var audit = await InScope(db => db.AccessEvents.SingleAsync(e => e.Kind == AccessEventKind.KeyRetired));
        Assert.Equal(oldKey, audit.Subject);
        Assert.Equal("test-administrator", audit.Actor);

        // After it, the refresher drops the key: the services, validating with what is published, refuse its tokens.
        _clock.Advance(grace + TimeSpan.FromMinutes(2));
        await UntilAsync(async () => !(await PublishedKeysAsync()).Contains(oldKey));
        var published = new JsonWebKeySet(await _factory.CreateClient().GetStringAsync("/.well-known/jwks")).GetSigningKeys();
        Assert.Throws<SecurityTokenSignatureKeyNotFoundException>(() => ValidateSignature(signedByOld, published));
        ValidateSignature(signedByNew, published);
        using (var fresh = await As(await TokenAsync()).GetAsync("/v1/users"))
        {
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }
        var states = (await (await As(await TokenAsync()).GetAsync("/v1/token-keys")).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .Where(k => k.GetProperty("use").GetString() == TokenKey.Signing)
            .ToDictionary(k => k.GetProperty("keyId").GetString()!, k => k.GetProperty("state").GetString());
        Assert.Equal("retired", states[oldKey]);
        Assert.Equal("current", states[newKey]);
    }

    [Fact]
    public async Task The_last_key_of_a_use_is_not_retired_and_an_unknown_key_is_not_found()
    {
        var admin = As(await TokenAsync());
        var keys = (await (await admin.GetAsync("/v1/token-keys")).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal([TokenKey.Encryption, TokenKey.Signing], keys.Select(k => k.GetProperty("use").GetString()).Order());
        foreach (var key in keys)
        {
            using var refused = await admin.PostAsync($"/v1/token-keys/{key.GetProperty("keyId").GetString()}/retirement", null);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        Assert.False(await InScope(db => db.TokenKeys.AnyAsync(k => k.RetiredAt != null)));
        foreach (var unknown in new[] { Guid.NewGuid().ToString("N"), "not-a-key" })
        {
            using var missing = await admin.PostAsync($"/v1/token-keys/{unknown}/retirement", null);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    private static void ValidateSignature(JwtSecurityToken token, IEnumerable<SecurityKey> keys) =>
        new JwtSecurityTokenHandler().ValidateToken(token.RawData, new TokenValidationParameters
        {
            ValidIssuer = IdentityFactory.Issuer,
            ValidAudiences = [ResourceNames.Identity, .. ResourceNames.ApiServices],
            IssuerSigningKeys = keys,
            // The fake clock has moved hours on; this is about the key, not the token's age.
            ValidateLifetime = false,
        }, out _);

    private async Task<List<string>> PublishedKeysAsync() =>
        new JsonWebKeySet(await _factory.CreateClient().GetStringAsync("/.well-known/jwks")).Keys.Select(k => k.Kid).ToList();

    private async Task<JwtSecurityToken> TokenAsync()
    {
        using var response = await _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "test-administrator", ["client_secret"] = Secret, ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new JwtSecurityToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
    }

    private HttpClient As(JwtSecurityToken token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RawData);
        return client;
    }

    private async Task<T> InScope<T>(Func<IdentityDbContext, Task<T>> work)
    {
        using var scope = _factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    private static async Task UntilAsync(Func<Task<bool>> done)
    {
        for (var attempt = 0; attempt < 100 && !await done(); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(await done(), "The retired key is still published after its grace period.");
    }
}
