namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// An account as identity announces it (<c>AccountChanged</c>): the name the people on a request are
/// shown by, in its history, messages and assignment. No e-mail address, no binding.
/// </summary>
public sealed class KnownAccount
{
    /// <summary>The account id: the token subject this service stores as who did what.</summary>
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public bool Active { get; set; }
    /// <summary>When the announced change happened; an older announcement arriving late changes nothing.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
