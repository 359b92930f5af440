namespace VanBinnenuit.Contracts.Registry;

/// <summary>A community as consumers need it; every community event carries the whole of it.</summary>
public sealed record CommunitySnapshot
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> OriginCountries { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    /// <summary>Approach-route catalogue codes.</summary>
    public required IReadOnlyList<string> ApproachRoutes { get; init; }
    /// <summary>CBS codes of the municipalities it is present in.</summary>
    public required IReadOnlyList<string> MunicipalityCodes { get; init; }
    public required bool Active { get; init; }
}

public sealed record CommunityRegistered : IntegrationEvent
{
    public required CommunitySnapshot Community { get; init; }
}

/// <summary>Any change, deactivation included (then <c>Active</c> is false).</summary>
public sealed record CommunityChanged : IntegrationEvent
{
    public required CommunitySnapshot Community { get; init; }
}
