using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Extensions;

/// <summary>
/// Gives OpenIddict the keys from the database. Options are built on the first token request,
/// after the migrator has created the keys; the newest key of each use comes first and signs.
/// </summary>
internal sealed class TokenKeyOptions(IServiceScopeFactory scopes, IDataProtectionProvider protection) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var protector = TokenKeyStore.Protector(protection);
        foreach (var key in TokenKeyStore.Load(db, protector, TokenKey.Signing))
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }
        foreach (var key in TokenKeyStore.Load(db, protector, TokenKey.Encryption))
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
