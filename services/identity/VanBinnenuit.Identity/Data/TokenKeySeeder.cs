using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence.Database;

namespace VanBinnenuit.Identity.Data;

/// <summary>Protects keys stored plain before, and creates the first signing and encryption keys; runs under the migration lock, so replicas never race.</summary>
internal sealed class TokenKeySeeder(IDataProtectionProvider protection) : IDatabaseSeeder<IdentityDbContext>
{
    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var protector = TokenKeyStore.Protector(protection);
        await TokenKeyStore.ProtectPlainKeysAsync(db, protector, cancellationToken);
        foreach (var use in new[] { TokenKey.Signing, TokenKey.Encryption })
        {
            if (!await db.TokenKeys.AnyAsync(k => k.Use == use, cancellationToken))
            {
                await TokenKeyStore.CreateAsync(db, protector, use, cancellationToken);
            }
        }
    }
}
