using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace VanBinnenuit.ApiKit.Auth;

/// <summary>
/// Checks a bearer token once and remembers that it passed, by the token's SHA-256, until the token expires
/// or <see cref="LongestReuse"/> has passed, whichever is first. A client sends the same token with every
/// request for minutes on end, and the gateway and the service behind it each checked its signature every
/// time. Only a token that passed is remembered, so a changed, expired or foreign token is always checked
/// afresh; the one thing that takes longer to notice is a signing key the identity service stops publishing
/// (at most <see cref="TokenValidationExtensions.KeyRefreshInterval"/> plus <see cref="LongestReuse"/>).
/// </summary>
public sealed class ValidatedTokenCache(TokenHandler inner, TimeProvider time) : TokenHandler
{
    public static readonly TimeSpan LongestReuse = TimeSpan.FromMinutes(1);

    // Bounded: a flood of distinct valid tokens (every one of them signed by the identity service) only evicts.
    private readonly MemoryCache _passed = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var now = time.GetUtcNow();
        if (_passed.TryGetValue(key, out Remembered? known) && known!.Until > now)
        {
            return known.Fresh();
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } checkedToken && result.ClaimsIdentity is { } identity)
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(checkedToken.ValidTo, DateTimeKind.Utc));
            var until = expires < now + LongestReuse ? expires : now + LongestReuse;
            if (until > now)
            {
                // A copy of the claims: the request that asked first may change its own (claims transformation).
                var remembered = new Remembered(identity.Clone(), checkedToken, result.Issuer, result.TokenType, until);
                _passed.Set(key, remembered, new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });
            }
        }
        return result;
    }

    private sealed record Remembered(System.Security.Claims.ClaimsIdentity Identity, SecurityToken Token, string? Issuer, string? TokenType, DateTimeOffset Until)
    {
        /// <summary>Each request its own claims, so nothing one request does to them reaches another.</summary>
        public TokenValidationResult Fresh() => new()
        {
            IsValid = true,
            ClaimsIdentity = Identity.Clone(),
            SecurityToken = Token,
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}
