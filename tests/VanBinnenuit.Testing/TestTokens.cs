using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Testing;

/// <summary>
/// Tokens shaped like the identity service's, signed by a key the service under test is told to
/// trust; plus the bad kinds (expired, other audience, tampered, unknown key) for the access matrix.
/// </summary>
public sealed class TestTokens
{
    public const string Issuer = "http://identity.test/";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "trusted" };
    private readonly RsaSecurityKey _strangerKey = new(RSA.Create(2048)) { KeyId = "stranger" };

    /// <summary>Makes the service validate tokens against this key instead of fetching the identity service's.</summary>
    public void Trust(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(_key);
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.TokenValidationParameters.ValidIssuer = Issuer;
        });

    public string Mint(string role, string audience, string? municipality = null, string? leaderId = null,
        TimeSpan? expiresIn = null, bool signedByStranger = false, string? subject = null)
    {
        var claims = new List<Claim> { new("sub", subject ?? Guid.NewGuid().ToString()), new("role", role), new("name", $"test {role}") };
        if (municipality is not null)
        {
            claims.Add(new Claim(BindingClaims.Municipality, municipality));
        }
        if (leaderId is not null)
        {
            claims.Add(new Claim(BindingClaims.Leader, leaderId));
        }
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromMinutes(10));
        var token = new JwtSecurityToken(Issuer, audience, claims,
            notBefore: expires.AddMinutes(-20), expires: expires,
            signingCredentials: new SigningCredentials(signedByStranger ? _strangerKey : _key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>The same token with its municipality changed and the old signature kept.</summary>
    public static string Tamper(string jwt, string municipality)
    {
        var parts = jwt.Split('.');
        var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1]))!;
        payload[BindingClaims.Municipality] = municipality;
        parts[1] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
