namespace VanBinnenuit.Identity.Domain;

/// <summary>
/// One line of the access audit: sign-ins, failures, lockouts, and changes to accounts, clients
/// and keys. Who is an account or client id (never an e-mail address or a password); from where
/// is the client address the gateway saw.
/// </summary>
public sealed class AccessEvent
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required AccessEventKind Kind { get; init; }
    /// <summary>The account or client the event is about, when known.</summary>
    public string? Subject { get; init; }
    /// <summary>Who caused a change (an administrator's id); empty for sign-ins.</summary>
    public string? Actor { get; init; }
    public string? RemoteAddress { get; init; }
    /// <summary>What changed, e.g. <c>role advisor → coordinator</c>; never personal data.</summary>
    public string? Detail { get; init; }
}

public enum AccessEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    /// <summary>A sign-in refused unchecked because the address or client failed too often just before.</summary>
    SignInThrottled,
    AccountCreated,
    AccountDisabled,
    AccountEnabled,
    RoleChanged,
    ClientCreated,
    ClientSecretRotated,
    ClientDeleted,
    KeyRotated,
    KeyRetired,
}
