namespace VanBinnenuit.Contracts.Registry;

/// <summary>
/// A conversation leader as scheduling needs it for matching, so it never calls the registry.
/// Contact details are not in it.
/// </summary>
public sealed record LeaderSnapshot
{
    public required Guid Id { get; init; }
    public required string DisplayName { get; init; }
    public required IReadOnlyList<LeaderLanguageSnapshot> Languages { get; init; }
    public required IReadOnlyList<Guid> CommunityIds { get; init; }
    public required IReadOnlyList<string> TopicCodes { get; init; }
    public string? Gender { get; init; }
    public required string HomeMunicipalityCode { get; init; }
    public required IReadOnlyList<string> TravelMunicipalityCodes { get; init; }
    public required IReadOnlyList<string> TravelProvinceCodes { get; init; }
    public required IReadOnlyList<AvailabilityWindowSnapshot> Availability { get; init; }
    public required IReadOnlyList<AbsenceSnapshot> Absences { get; init; }
    public required int MaxSessionsPerMonth { get; init; }
    public required bool Active { get; init; }
    public string? InactiveReason { get; init; }
}

/// <param name="Proficiency"><c>basic</c>, <c>good</c>, <c>fluent</c> or <c>native</c>.</param>
public sealed record LeaderLanguageSnapshot(string Code, string Proficiency);

/// <summary>Weekly, in Europe/Amsterdam local time.</summary>
public sealed record AvailabilityWindowSnapshot(DayOfWeek Day, TimeOnly From, TimeOnly To);

public sealed record AbsenceSnapshot(DateOnly From, DateOnly To);

public sealed record LeaderRegistered : IntegrationEvent
{
    public required LeaderSnapshot Leader { get; init; }
}

public sealed record LeaderChanged : IntegrationEvent
{
    public required LeaderSnapshot Leader { get; init; }
}

/// <summary>The leader no longer leads sessions; scheduling stops proposing them.</summary>
public sealed record LeaderDeactivated : IntegrationEvent
{
    public required LeaderSnapshot Leader { get; init; }
}
