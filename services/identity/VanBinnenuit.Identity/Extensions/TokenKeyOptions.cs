using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Extensions;

/// <summary>
/// Gives OpenIddict the keys from the database that are in use now: the newest key of each use that
/// is not retired comes first and signs (or encrypts), older and retired ones within their grace
/// period follow and only validate (or decrypt), and are published for the services to validate with.
/// Built on first use and again whenever <see cref="TokenKeyChanges"/> signals.
/// </summary>
public sealed class TokenKeyOptions(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
    : IConfigureOptions<OpenIddictServerOptions>
{
    /// <summary>Beyond the longest token lifetime: the services accept a token up to 30 seconds past its expiry.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var protector = TokenKeyStore.Protector(protection);
        var now = time.GetUtcNow();
        var grace = GraceOf(options);
        foreach (var key in TokenKeyStore.Load(db, protector, TokenKey.Signing, now, grace))
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }
        foreach (var key in TokenKeyStore.Load(db, protector, TokenKey.Encryption, now, grace))
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }

    /// <summary>
    /// How long a retired key still validates: the longest lifetime of anything it signed or encrypted
    /// (refresh tokens, 8 hours, outlive access tokens by far), so retiring a key signs nobody out.
    /// </summary>
    public static TimeSpan GraceOf(OpenIddictServerOptions options) =>
        new[] { options.AccessTokenLifetime, options.IdentityTokenLifetime, options.RefreshTokenLifetime, options.AuthorizationCodeLifetime }
            .Max(lifetime => lifetime ?? TimeSpan.Zero) + ClockSkew;
}
