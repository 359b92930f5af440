namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A conversation leader as scheduling's rules see them: what matching and eligibility weigh, and no contact
/// details. Scheduling's own type, filled from the registry's events (Consumers/LeaderFromRegistry), so a
/// change of the wire format touches the mapping, not the rules.
/// </summary>
public sealed record Leader
{
    public required Guid Id { get; init; }
    public required string DisplayName { get; init; }
    public required IReadOnlyList<LeaderLanguage> Languages { get; init; }
    public required IReadOnlyList<Guid> CommunityIds { get; init; }
    public required IReadOnlyList<string> TopicCodes { get; init; }
    public string? Gender { get; init; }
    public required string HomeMunicipalityCode { get; init; }
    public required IReadOnlyList<string> TravelMunicipalityCodes { get; init; }
    public required IReadOnlyList<string> TravelProvinceCodes { get; init; }
    /// <summary>Weekly, in Europe/Amsterdam local time.</summary>
    public required IReadOnlyList<WeeklyWindow> Availability { get; init; }
    public required IReadOnlyList<DateRange> Absences { get; init; }
    public required int MaxSessionsPerMonth { get; init; }
    public required bool Active { get; init; }
    public string? InactiveReason { get; init; }
}

/// <param name="Proficiency"><c>basic</c>, <c>good</c>, <c>fluent</c> or <c>native</c>.</param>
public sealed record LeaderLanguage(string Code, string Proficiency);

public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>From and to, both days included.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);
