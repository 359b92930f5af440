namespace VanBinnenuit.Contracts.Registry;

/// <summary>An organisation as consumers need it; contact persons stay in the registry.</summary>
public sealed record OrganisationSnapshot
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    /// <summary>e.g. <c>migrant-self-organisation</c>, <c>professional-institution</c>.</summary>
    public required string Kind { get; init; }
    public required IReadOnlyList<Guid> CommunityIds { get; init; }
    public required IReadOnlyList<string> MunicipalityCodes { get; init; }
    public required bool Active { get; init; }
}

public sealed record OrganisationRegistered : IntegrationEvent
{
    public required OrganisationSnapshot Organisation { get; init; }
}

/// <summary>Any change, deactivation included (then <c>Active</c> is false).</summary>
public sealed record OrganisationChanged : IntegrationEvent
{
    public required OrganisationSnapshot Organisation { get; init; }
}
