using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Identity.Extensions;

namespace VanBinnenuit.Identity.Apis;

public static class TokenKeysApi
{
    public static RouteGroupBuilder MapTokenKeysApi(this RouteGroupBuilder keys)
    {
        keys.MapGet("", ListTokenKeys).WithName("ListTokenKeys");
        keys.MapPost("", RotateSigningKey).WithName("RotateSigningKey");
        keys.MapPost("/{keyId}/retirement", RetireTokenKey).WithName("RetireTokenKey").ProducesProblem(StatusCodes.Status409Conflict);
        return keys;
    }

    /// <summary>List the token keys</summary>
    /// <remarks>
    /// For administrators: every signing and encryption key with what it does now: signs (or encrypts), only validates, or nothing any more.
    /// </remarks>
    public static async Task<Ok<IReadOnlyList<TokenKeyResponse>>> ListTokenKeys(
        IdentityDbContext db, IOptionsMonitor<OpenIddictServerOptions> server, TimeProvider time, CancellationToken cancellationToken)
    {
        var grace = TokenKeyOptions.GraceOf(server.CurrentValue);
        var now = time.GetUtcNow();
        var keys = await db.TokenKeys.AsNoTracking().OrderBy(k => k.Use).ThenByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        var first = keys.Where(k => k.RetiredAt is null).GroupBy(k => k.Use).Select(g => g.First().Id).ToHashSet();
        return TypedResults.Ok<IReadOnlyList<TokenKeyResponse>>(keys.Select(k => TokenKeyResponse.From(k, first.Contains(k.Id), now, grace)).ToList());
    }

    /// <summary>Rotate the signing key</summary>
    /// <remarks>
    /// For administrators: adds a new signing key; this replica signs with it at once, every other within a minute. Tokens signed with the older keys keep validating, since those stay published.
    /// </remarks>
    public static async Task<Created<TokenKeyResponse>> RotateSigningKey(
        IdentityDbContext db, IDataProtectionProvider protection, AccessAudit audit, TokenKeyChanges changes, CancellationToken cancellationToken)
    {
        var key = await TokenKeyStore.CreateAsync(db, TokenKeyStore.Protector(protection), TokenKey.Signing, cancellationToken);
        await audit.RecordNowAsync(AccessEventKind.KeyRotated, key.Id.ToString("N"));
        changes.Signal();
        return TypedResults.Created($"/v1/token-keys/{key.Id:N}", TokenKeyResponse.From(key, current: true, key.CreatedAt, TimeSpan.Zero));
    }

    /// <summary>Retire a token key</summary>
    /// <remarks>
    /// For administrators: the key signs (or encrypts) nothing from now on, and validates (or decrypts) what it made only for the grace period, the longest lifetime of such a token. The last key of a use that is not retired is refused with 409: rotate first.
    /// </remarks>
    public static async Task<Results<Ok<TokenKeyResponse>, ProblemHttpResult>> RetireTokenKey(
        string keyId, IdentityDbContext db, IOptionsMonitor<OpenIddictServerOptions> server, TimeProvider time, AccessAudit audit,
        TokenKeyChanges changes, CancellationToken cancellationToken)
    {
        var key = Guid.TryParseExact(keyId, "N", out var id) ? await db.TokenKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken) : null;
        if (key is null)
        {
            return ApiProblems.NotFound("No token key has this id.");
        }
        var grace = TokenKeyOptions.GraceOf(server.CurrentValue);
        if (key.RetiredAt is not null)
        {
            return TypedResults.Ok(TokenKeyResponse.From(key, current: false, time.GetUtcNow(), grace));
        }
        if (!await db.TokenKeys.AnyAsync(k => k.Use == key.Use && k.Id != key.Id && k.RetiredAt == null, cancellationToken))
        {
            return ApiProblems.Conflict("This is the last key of its use that is not retired; rotate to a new key first.");
        }
        key.RetiredAt = time.GetUtcNow();
        audit.Record(AccessEventKind.KeyRetired, key.Id.ToString("N"), $"{key.Use}, validates until {key.RetiredAt + grace:u}");
        // The key and its audit line together.
        await db.SaveChangesAsync(cancellationToken);
        changes.Signal();
        return TypedResults.Ok(TokenKeyResponse.From(key, current: false, key.RetiredAt.Value, grace));
    }
}

/// <param name="State"><c>current</c> (signs or encrypts), <c>validates</c> (older or retired, within its grace) or <c>retired</c> (nothing any more).</param>
public sealed record TokenKeyResponse(string KeyId, string Use, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, DateTimeOffset? ValidatesUntil, string State) : IExample<TokenKeyResponse>
{
    public static TokenKeyResponse Example => new("0193f0a17b2c7d3e8f4a5b6c7d8e9f01", "sig", new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero), null, null, "current");

    public static TokenKeyResponse From(TokenKey key, bool current, DateTimeOffset now, TimeSpan grace) => new(
        key.Id.ToString("N"), key.Use, key.CreatedAt, key.RetiredAt, key.RetiredAt + grace,
        current ? "current" : key.InUseAt(now, grace) ? "validates" : "retired");
}
