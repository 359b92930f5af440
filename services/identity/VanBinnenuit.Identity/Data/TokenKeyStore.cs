using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Data;

/// <summary>The token keys in the identity database, newest first.</summary>
public static class TokenKeyStore
{
    public static IReadOnlyList<SecurityKey> Load(IdentityDbContext db, string use) =>
        db.TokenKeys.Where(k => k.Use == use).OrderByDescending(k => k.CreatedAt).AsEnumerable().Select(ToSecurityKey).ToList();

    /// <summary>Adds a newer key of <paramref name="use"/>; it takes over at the next start of each replica.</summary>
    public static async Task<TokenKey> CreateAsync(IdentityDbContext db, string use, CancellationToken cancellationToken)
    {
        using var rsa = RSA.Create(2048);
        var key = new TokenKey
        {
            Id = Guid.CreateVersion7(),
            Use = use,
            PrivateKey = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.TokenKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static SecurityKey ToSecurityKey(TokenKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKey), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.Id.ToString("N") };
    }
}
