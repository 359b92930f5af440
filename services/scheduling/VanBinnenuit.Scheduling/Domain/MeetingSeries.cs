using VanBinnenuit.Vocabulary;
namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// A series of three community meetings with a planned build-up, treated as one unit: one
/// community, one audience, one theme, one leader throughout (unless replaced with a reason).
/// </summary>
public sealed class MeetingSeries : IRecordsEvents
{
    private readonly RecordedEvents recorded = new();

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string MunicipalityCode { get; set; }
    public required Guid CommunityId { get; set; }
    public List<Guid> HostOrganisationIds { get; set; } = [];
    public Audience Audience { get; set; }
    public List<string> Languages { get; set; } = [];
    /// <summary>Topic codes of the registry's catalogue.</summary>
    public List<string> TopicCodes { get; set; } = [];
    public string? ApproachRoute { get; set; }
    /// <summary>The advice request this series came from, if any.</summary>
    public Guid? AdviceRequestId { get; set; }
    public string? Notes { get; set; }
    public SeriesStatus Status { get; private set; } = SeriesStatus.Draft;
    public string? CancellationReason { get; private set; }
    public Guid? LeaderId { get; private set; }
    /// <summary>Why a coordinator chose a leader who does not serve the community, when they did.</summary>
    public string? LeaderOverrideReason { get; private set; }
    public List<LeaderChange> LeaderChanges { get; set; } = [];
    /// <summary>Exactly three, numbered 1 to 3; a new series gets them from <see cref="Draft"/>.</summary>
    public SessionList Sessions { get; set; } = [];
    public uint Version { get; set; }

    /// <summary>A new draft with its three sessions still without dates. (EF loads sessions itself, so they are not made by the constructor.)</summary>
    public static MeetingSeries Draft(string municipalityCode, Guid communityId) => new()
    {
        MunicipalityCode = municipalityCode,
        CommunityId = communityId,
        Sessions = [.. Enumerable.Range(1, 3).Select(n => new Session { Number = n })],
    };

    /// <summary>
    /// A draft made on an advice request's behalf: announced at once, so the request can follow it. A draft a
    /// coordinator makes is announced when it is planned.
    /// </summary>
    public static MeetingSeries DraftRequested(SeriesDraft draft)
    {
        var series = Draft(draft.MunicipalityCode!, draft.CommunityId!.Value);
        draft.ApplyTo(series);
        series.recorded.Add(new MeetingSeriesEvents.Drafted(series));
        return series;
    }

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();

    public bool IsClosed => Status is SeriesStatus.Completed or SeriesStatus.Cancelled;

    /// <summary>Sets the three sessions' times and venues; in a planned series each changed time is a reschedule, kept in the history.</summary>
    public RuleBroken? Schedule(IReadOnlyList<SessionTimes> times, string? reason, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return Closed("sessions");
        }
        for (var i = 0; i < 3; i++)
        {
            var session = Sessions[i];
            var planned = times[i];
            var moves = session.IsScheduled && (session.StartsAt != planned.StartsAt || session.EndsAt != planned.EndsAt);
            if (session.Status != SessionStatus.Planned && (moves || session.Venue != planned.Venue))
            {
                return new RuleBroken($"sessions[{i}]", $"Session {i + 1} is {session.Status.ToString().ToLowerInvariant()}; it can no longer be changed.");
            }
            if (moves && Status != SeriesStatus.Draft && string.IsNullOrWhiteSpace(reason))
            {
                return new RuleBroken("reason", "Moving a session of a planned series needs a reason; participants and the leader are told.");
            }
        }
        for (var i = 0; i < 3; i++)
        {
            var session = Sessions[i];
            var planned = times[i];
            if (session.Status != SessionStatus.Planned)
            {
                continue;
            }
            var moves = session.IsScheduled && (session.StartsAt != planned.StartsAt || session.EndsAt != planned.EndsAt);
            if (moves && Status != SeriesStatus.Draft)
            {
                session.History.Add(new SessionChange(now, "rescheduled", reason, session.StartsAt, session.EndsAt));
            }
            // A draft's times are nobody's business yet; a planned series tells of each session that got or changed its time.
            if (Status != SeriesStatus.Draft && (session.StartsAt != planned.StartsAt || session.EndsAt != planned.EndsAt))
            {
                recorded.Add(new MeetingSeriesEvents.SessionTimed(this, session.Number, Rescheduled: session.StartsAt is not null, reason));
            }
            if (moves || !session.IsScheduled || session.Venue != planned.Venue || session.VenueConfidential != planned.VenueConfidential)
            {
                session.Sequence++;
            }
            (session.StartsAt, session.EndsAt, session.Venue, session.VenueConfidential) = (planned.StartsAt, planned.EndsAt, planned.Venue, planned.VenueConfidential);
        }
        return null;
    }

    /// <summary>The leader for all three sessions; replacing one needs a reason and is kept.</summary>
    public RuleBroken? AssignLeader(Guid leaderId, string? overrideReason, string? replacementReason, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return Closed("leaderId");
        }
        if (LeaderId is { } current && current != leaderId)
        {
            if (string.IsNullOrWhiteSpace(replacementReason))
            {
                return new RuleBroken("replacementReason", "The same leader leads all three sessions; replacing them needs a reason.");
            }
            LeaderChanges.Add(new LeaderChange(now, current, leaderId, replacementReason));
        }
        LeaderId = leaderId;
        LeaderOverrideReason = overrideReason;
        foreach (var session in Sessions.Where(s => s.Status == SessionStatus.Planned))
        {
            session.Sequence++;
        }
        recorded.Add(new MeetingSeriesEvents.LeaderAssigned(this, leaderId));
        return null;
    }

    /// <summary>draft → planned: all three sessions have dates and a leader is assigned.</summary>
    public RuleBroken? Plan()
    {
        if (Status != SeriesStatus.Draft)
        {
            return new RuleBroken("status", $"Only a draft can be planned; this series is {Describe(Status)}.");
        }
        if (Sessions.Any(s => !s.IsScheduled))
        {
            return new RuleBroken("sessions", "All three sessions need a date before the series is planned.");
        }
        if (LeaderId is null)
        {
            return new RuleBroken("leaderId", "A series is planned with its leader.");
        }
        Status = SeriesStatus.Planned;
        recorded.Add(new MeetingSeriesEvents.Planned(this));
        return null;
    }

    /// <summary>A session was held (its report came in): the first makes the series in progress, the third completes it.</summary>
    /// <summary>
    /// A session's report came in. Reports can arrive out of order (or an earlier one late), so the
    /// session is remembered as reported and marked held, with any later reported ones, as soon as
    /// every session before it is held or cancelled; <paramref name="held"/> names those marked now.
    /// </summary>
    public RuleBroken? RecordReport(int number, DateTimeOffset now, out IReadOnlyList<int> held)
    {
        held = [];
        var session = Sessions[number - 1];
        if (Status is not (SeriesStatus.Planned or SeriesStatus.InProgress) || session.Status == SessionStatus.Cancelled || session.StartsAt > now)
        {
            return MarkHeld(number, now);
        }
        session.Reported = true;
        var marked = new List<int>();
        foreach (var next in Sessions.Where(s => s.Status != SessionStatus.Cancelled && s.Status != SessionStatus.Held))
        {
            if (!next.Reported || MarkHeld(next.Number, now) is not null)
            {
                break;
            }
            marked.Add(next.Number);
        }
        held = marked;
        return null;
    }

    public RuleBroken? MarkHeld(int number, DateTimeOffset now)
    {
        if (Status is not (SeriesStatus.Planned or SeriesStatus.InProgress))
        {
            return new RuleBroken("status", $"Sessions are held in a planned series; this series is {Describe(Status)}.");
        }
        var session = Sessions[number - 1];
        if (session.Status != SessionStatus.Planned || session.StartsAt > now)
        {
            return new RuleBroken($"sessions[{number - 1}]", $"Session {number} is {(session.StartsAt > now ? "still to come" : Describe(session.Status))}.");
        }
        if (Sessions.Take(number - 1).Any(s => s.Status == SessionStatus.Planned))
        {
            return new RuleBroken($"sessions[{number - 1}]", "Sessions are held in order; an earlier session is still open.");
        }
        session.Status = SessionStatus.Held;
        session.History.Add(new SessionChange(now, "held", null, null, null));
        Status = number == 3 ? SeriesStatus.Completed : SeriesStatus.InProgress;
        if (Status == SeriesStatus.Completed)
        {
            recorded.Add(new MeetingSeriesEvents.Completed(this));
        }
        return null;
    }

    public RuleBroken? CancelSession(int number, string reason, DateTimeOffset now)
    {
        var session = Sessions[number - 1];
        if (IsClosed || session.Status != SessionStatus.Planned)
        {
            return new RuleBroken($"sessions[{number - 1}]", $"Session {number} is {Describe(session.Status)} in a series that is {Describe(Status)}; it cannot be cancelled.");
        }
        session.Status = SessionStatus.Cancelled;
        session.Sequence++;
        session.History.Add(new SessionChange(now, "cancelled", reason, null, null));
        recorded.Add(new MeetingSeriesEvents.SessionCancelled(this, number, reason));
        return null;
    }

    public RuleBroken? Cancel(string reason, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return Closed("status");
        }
        Status = SeriesStatus.Cancelled;
        CancellationReason = reason;
        foreach (var session in Sessions.Where(s => s.Status == SessionStatus.Planned))
        {
            session.Status = SessionStatus.Cancelled;
            session.Sequence++;
            session.History.Add(new SessionChange(now, "cancelled", reason, null, null));
        }
        recorded.Add(new MeetingSeriesEvents.Cancelled(this, reason));
        return null;
    }

    private RuleBroken Closed(string field) => new(field, $"The series is {Describe(Status)}; nothing in it can change.");

    public static string Describe<TEnum>(TEnum value) where TEnum : struct, Enum => Vocabulary.EnumWords.Kebab(value);
}

/// <summary>A leader replaced during a series, and why.</summary>
public sealed record LeaderChange(DateTimeOffset At, Guid PreviousLeaderId, Guid NewLeaderId, string? Reason);
