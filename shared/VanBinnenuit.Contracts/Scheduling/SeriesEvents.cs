namespace VanBinnenuit.Contracts.Scheduling;

/// <summary>A session as consumers (monitoring) need it: never its venue, which may be confidential.</summary>
public sealed record SessionSnapshot(int Number, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string Status);

/// <summary>A series as consumers need it; every series event carries the whole of it.</summary>
public sealed record SeriesSnapshot
{
    public required Guid Id { get; init; }
    public required string MunicipalityCode { get; init; }
    public required Guid CommunityId { get; init; }
    /// <summary>e.g. <c>women</c>, <c>lgbt-people</c>.</summary>
    public required string Audience { get; init; }
    public required IReadOnlyList<string> TopicCodes { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    /// <summary><c>draft</c>, <c>planned</c>, <c>in-progress</c>, <c>completed</c> or <c>cancelled</c>.</summary>
    public required string Status { get; init; }
    public Guid? LeaderId { get; init; }
    public Guid? AdviceRequestId { get; init; }
    public required IReadOnlyList<SessionSnapshot> Sessions { get; init; }
}

/// <summary>
/// Scheduling drafted a series because an advice request asked for one; the request can show it
/// before the coordinators have planned it.
/// </summary>
public sealed record SeriesDrafted : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
}

/// <summary>A draft became a planned series: three dates and a leader.</summary>
public sealed record SeriesPlanned : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
}

public sealed record SessionScheduled : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
    public required int SessionNumber { get; init; }
}

public sealed record SessionRescheduled : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
    public required int SessionNumber { get; init; }
    public string? Reason { get; init; }
}

public sealed record SessionCancelled : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
    public required int SessionNumber { get; init; }
    public string? Reason { get; init; }
}

public sealed record LeaderAssigned : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
    public required Guid LeaderId { get; init; }
}

public sealed record SeriesCompleted : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
}

public sealed record SeriesCancelled : IntegrationEvent
{
    public required SeriesSnapshot Series { get; init; }
    public string? Reason { get; init; }
}
