namespace VanBinnenuit.Web.Data;

/// <summary>
/// One person's sign-in: the key the session cookie carries, the authentication ticket (their claims and
/// tokens) encrypted with the web's Data Protection keys, and when it lapses unless used.
/// </summary>
public sealed class SignInSession
{
    /// <summary>64 hexadecimal characters: 32 random bytes.</summary>
    public const int KeyLength = 64;

    public required string Key { get; init; }
    public required byte[] Ticket { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
