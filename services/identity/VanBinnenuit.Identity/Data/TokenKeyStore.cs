using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// The token keys in the identity database, newest first. A private key is stored encrypted by ASP.NET
/// Core Data Protection (<see cref="Protected"/>), so a copy of the table alone signs nothing.
/// </summary>
public static class TokenKeyStore
{
    /// <summary>Marks a protected key; a row without it is a plain key from before, protected at the next start.</summary>
    public const string Protected = "dp1:";

    private const string Purpose = "VanBinnenuit.Identity.TokenKeys";

    public static IDataProtector Protector(IDataProtectionProvider provider) => provider.CreateProtector(Purpose);

    /// <summary>
    /// The keys of <paramref name="use"/> still in use at <paramref name="now"/>: those not retired, newest
    /// first (the first signs or encrypts), then the retired ones within their grace period (validate only).
    /// </summary>
    public static IReadOnlyList<TokenKey> InUse(IdentityDbContext db, string use, DateTimeOffset now, TimeSpan grace) =>
        db.TokenKeys.AsNoTracking().Where(k => k.Use == use).AsEnumerable()
            .Where(k => k.InUseAt(now, grace))
            .OrderBy(k => k.RetiredAt is not null).ThenByDescending(k => k.CreatedAt)
            .ToList();

    public static IReadOnlyList<SecurityKey> Load(IdentityDbContext db, IDataProtector protector, string use, DateTimeOffset now, TimeSpan grace) =>
        InUse(db, use, now, grace).Select(k => ToSecurityKey(k, protector)).ToList();

    /// <summary>Adds a newer key of <paramref name="use"/>; it takes over at the next start of each replica.</summary>
    public static async Task<TokenKey> CreateAsync(IdentityDbContext db, IDataProtector protector, string use, CancellationToken cancellationToken)
    {
        using var rsa = RSA.Create(2048);
        var key = new TokenKey
        {
            Id = Guid.CreateVersion7(),
            Use = use,
            PrivateKey = Protect(protector, Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.TokenKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Encrypts every key still stored plain (from before keys were protected).</summary>
    public static async Task ProtectPlainKeysAsync(IdentityDbContext db, IDataProtector protector, CancellationToken cancellationToken)
    {
        foreach (var plain in await db.TokenKeys.Where(k => !k.PrivateKey.StartsWith(Protected)).ToListAsync(cancellationToken))
        {
            plain.PrivateKey = Protect(protector, plain.PrivateKey);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Protect(IDataProtector protector, string pkcs8) => Protected + protector.Protect(pkcs8);

    private static SecurityKey ToSecurityKey(TokenKey key, IDataProtector protector)
    {
        var pkcs8 = key.PrivateKey.StartsWith(Protected, StringComparison.Ordinal) ? protector.Unprotect(key.PrivateKey[Protected.Length..]) : key.PrivateKey;
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.Id.ToString("N") };
    }
}
