using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// What happens to a meeting series, as the series records it; <c>Data/SchedulingEvents</c> says what
/// the other services hear of each. Each names the series as it stands when saved.
/// </summary>
public static class MeetingSeriesEvents
{
    /// <summary>Drafted on an advice request's behalf.</summary>
    public sealed record Drafted(MeetingSeries Series) : IDomainEvent;

    /// <summary>A draft with its dates and leader became planned.</summary>
    public sealed record Planned(MeetingSeries Series) : IDomainEvent;

    /// <summary>A session of a planned series got its time, or (<paramref name="Rescheduled"/>) moved to another.</summary>
    public sealed record SessionTimed(MeetingSeries Series, int Number, bool Rescheduled, string? Reason) : IDomainEvent;

    public sealed record LeaderAssigned(MeetingSeries Series, Guid LeaderId) : IDomainEvent;

    public sealed record SessionCancelled(MeetingSeries Series, int Number, string Reason) : IDomainEvent;

    public sealed record Cancelled(MeetingSeries Series, string Reason) : IDomainEvent;

    /// <summary>The third session was held.</summary>
    public sealed record Completed(MeetingSeries Series) : IDomainEvent;
}
