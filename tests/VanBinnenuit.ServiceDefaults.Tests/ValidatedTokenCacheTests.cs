using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.ServiceDefaults.Tests;

/// <summary>Remembering that a token passed never lets through what checking it again would refuse (bar a retired key, for a minute).</summary>
public sealed class ValidatedTokenCacheTests
{
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "k1" };
    private readonly ValidatedTokenCache _cache = new(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System);

    private TokenValidationParameters Parameters => new()
    {
        ValidIssuer = "http://identity.test/", ValidAudience = "registry", IssuerSigningKey = _key, ClockSkew = TimeSpan.Zero,
    };

    private string Token(TimeSpan lifetime, string role = "coordinator") => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "http://identity.test/", Audience = "registry", Subject = new ClaimsIdentity([new Claim("sub", "p1"), new Claim("role", role)]),
        NotBefore = DateTime.UtcNow.AddMinutes(-1), IssuedAt = DateTime.UtcNow.AddMinutes(-1), Expires = DateTime.UtcNow + lifetime,
        SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
    });

    [Fact]
    public async Task A_token_that_passed_is_refused_once_it_has_expired()
    {
        var token = Token(TimeSpan.FromSeconds(2));
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters)).IsValid);
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters)).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(3));

        var later = await _cache.ValidateTokenAsync(token, Parameters);
        Assert.False(later.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(later.Exception);
    }

    [Fact]
    public async Task A_token_changed_after_it_passed_is_checked_afresh_and_refused()
    {
        var token = Token(TimeSpan.FromMinutes(10));
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters)).IsValid);

        var parts = token.Split('.');
        var otherPayload = Token(TimeSpan.FromMinutes(10), role: "administrator").Split('.')[1];
        var tampered = $"{parts[0]}.{otherPayload}.{parts[2]}";

        Assert.False((await _cache.ValidateTokenAsync(tampered, Parameters)).IsValid);
    }

    [Fact]
    public async Task Each_request_gets_its_own_claims_so_one_cannot_change_another_s()
    {
        var token = Token(TimeSpan.FromMinutes(10));
        var first = await _cache.ValidateTokenAsync(token, Parameters);
        first.ClaimsIdentity.AddClaim(new Claim("role", "administrator"));

        var second = await _cache.ValidateTokenAsync(token, Parameters);
        var third = await _cache.ValidateTokenAsync(token, Parameters);
        second.ClaimsIdentity.AddClaim(new Claim("role", "administrator"));

        Assert.Equal(["coordinator"], third.ClaimsIdentity.FindAll("role").Select(c => c.Value));
    }
}
