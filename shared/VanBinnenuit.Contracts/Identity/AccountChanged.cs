namespace VanBinnenuit.Contracts.Identity;

/// <summary>
/// An account as other services may show it: the name a person goes by and their role. Never the
/// e-mail address, the binding to a municipality or leader, or anything used to sign in.
/// </summary>
public sealed record AccountSnapshot
{
    /// <summary>The account id, the <c>sub</c> of its tokens.</summary>
    public required Guid Id { get; init; }
    public required string DisplayName { get; init; }
    public required string Role { get; init; }
    /// <summary>False once an administrator disables the account; its name still stands in old history.</summary>
    public required bool Active { get; init; }
}

/// <summary>An account was created, renamed, given another role, disabled or enabled; carries the whole of it.</summary>
public sealed record AccountChanged : IntegrationEvent
{
    public required AccountSnapshot Account { get; init; }
}
