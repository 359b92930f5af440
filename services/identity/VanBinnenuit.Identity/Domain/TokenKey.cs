namespace VanBinnenuit.Identity.Domain;

/// <summary>
/// An RSA key that signs access tokens (<c>sig</c>) or encrypts codes and refresh tokens (<c>enc</c>).
/// Kept in the identity database so every replica and every restart uses the same keys: tokens stay
/// valid across a restart. The newest key of a use signs; older ones still validate until removed.
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
}
