namespace VanBinnenuit.Identity.Domain;

/// <summary>
/// An RSA key that signs access tokens (<c>sig</c>) or encrypts codes and refresh tokens (<c>enc</c>).
/// Kept in the identity database so every replica and every restart uses the same keys: tokens stay
/// valid across a restart. The newest key of a use that is not retired signs (or encrypts); older ones
/// still validate (or decrypt). A retired key no longer signs, and once the grace period after its
/// retirement is over (the longest lifetime of a token it may have signed) it validates nothing either.
/// </summary>
public sealed class TokenKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; init; }
    public required string Use { get; init; }
    /// <summary>PKCS#8, base64, encrypted by Data Protection (<c>dp1:</c>…, see <c>TokenKeyStore</c>).</summary>
    public required string PrivateKey { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>Whether the key may still validate (or decrypt) at <paramref name="now"/>.</summary>
    public bool InUseAt(DateTimeOffset now, TimeSpan grace) => RetiredAt is not { } retired || now < retired + grace;
}
