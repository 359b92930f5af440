using VanBinnenuit.Vocabulary;
namespace VanBinnenuit.Scheduling.Domain;

/// <summary>One of the three sessions of a series, with its place in the build-up.</summary>
public sealed class Session
{
    public required int Number { get; init; }
    public SessionPart Part => (SessionPart)Number;
    /// <summary>UTC instants; null while the series is a draft without dates.</summary>
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public string? Venue { get; set; }
    /// <summary>Only coordinators and the series' leader see a confidential venue.</summary>
    public bool VenueConfidential { get; set; }
    public SessionStatus Status { get; set; } = SessionStatus.Planned;
    /// <summary>Bumped on every change the leader's calendar must show (the ICS SEQUENCE).</summary>
    public int Sequence { get; set; }
    public List<SessionChange> History { get; set; } = [];
    /// <summary>Monitoring has a report of this session; it is marked held once every earlier session is held or cancelled.</summary>
    public bool Reported { get; set; }

    public bool IsScheduled => StartsAt is not null && EndsAt is not null;
}

/// <summary>What happened to a session and why; the history is never rewritten.</summary>
public sealed record SessionChange(DateTimeOffset At, string Change, string? Reason, DateTimeOffset? PreviousStart, DateTimeOffset? PreviousEnd);
