using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Apis;

public static class TokenKeysApi
{
    public static RouteGroupBuilder MapTokenKeysApi(this RouteGroupBuilder keys)
    {
        keys.MapPost("", RotateSigningKey).WithName("RotateSigningKey");
        return keys;
    }

    /// <summary>
    /// Adds a new signing key. Each replica signs with it from its next start; tokens signed with
    /// the older keys keep validating, since those stay published.
    /// </summary>
    public static async Task<Created<TokenKeyResponse>> RotateSigningKey(
        IdentityDbContext db, IDataProtectionProvider protection, AccessAudit audit, CancellationToken cancellationToken)
    {
        var key = await TokenKeyStore.CreateAsync(db, TokenKeyStore.Protector(protection), TokenKey.Signing, cancellationToken);
        await audit.RecordNowAsync(AccessEventKind.KeyRotated, key.Id.ToString("N"));
        return TypedResults.Created($"/v1/token-keys/{key.Id:N}", new TokenKeyResponse(key.Id.ToString("N"), key.CreatedAt));
    }
}

public sealed record TokenKeyResponse(string KeyId, DateTimeOffset CreatedAt);
