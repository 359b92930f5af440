using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Domain;

/// <summary>Who came, as counts by gender. Never who.</summary>
public sealed record GenderCounts(int Women, int Men, int Other, int NotStated)
{
    public int Sum => Women + Men + Other + NotStated;
}

/// <summary>Who came, as counts by age band.</summary>
public sealed record AgeCounts(int Under18, int From18To29, int From30To49, int From50To64, int From65, int NotStated)
{
    public int Sum => Under18 + From18To29 + From30To49 + From50To64 + From65 + NotStated;
}

/// <summary>Where people were referred to, as a count per kind. Never who.</summary>
public enum ReferralKind
{
    VeiligThuis,
    Ggd,
    Police,
    SocialTeam,
    GeneralPractitioner,
    Other,
}

public sealed record ReferralCount(ReferralKind Kind, int Count);

/// <summary>
/// One version of a session's report. A correction is a new version; earlier ones are kept. Holds
/// counts only: no field can carry a participant's name or contact, and the one free text (the
/// leader's reflection) is for coordinators and that leader only.
/// </summary>
public sealed class SessionReport : IRecordsEvents
{
    private readonly RecordedEvents recorded = new();

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SeriesId { get; set; }
    public int SessionNumber { get; set; }
    public int Version { get; set; }
    /// <summary>True for the newest version, the one indicators count.</summary>
    public bool IsCurrent { get; set; }
    /// <summary>When the session began, as scheduling had it when reported: indicators count by it.</summary>
    public DateTimeOffset SessionStartsAt { get; set; }
    /// <summary>The session's date in Dutch local time, kept so the database can count per month without time-zone arithmetic.</summary>
    public DateOnly SessionDate { get; set; }
    public string ReportedBy { get; set; } = "";
    public DateTimeOffset ReportedAt { get; set; }
    public int Attendance { get; set; }
    public GenderCounts ByGender { get; set; } = null!;
    public AgeCounts ByAge { get; set; } = null!;
    /// <summary>How many had come to an earlier session of the series.</summary>
    public int Returned { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> TopicCodes { get; set; } = [];
    /// <summary>How safe the atmosphere felt, 1 (not at all) to 5 (very).</summary>
    public int Safety { get; set; }
    public List<ReferralCount> Referrals { get; set; } = [];
    public bool FollowUpNeeded { get; set; }
    public string? Reflection { get; set; }
    /// <summary>The report's key for disclosure control (<see cref="Disclosure.RecordKey"/>): drawn for version 1, carried by every correction.</summary>
    public long RecordKey { get; set; }
    /// <summary>Why this version corrects the one before; null for the first.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>
    /// Files this report as the current one of session <paramref name="number"/> of <paramref name="series"/>:
    /// only for a session that has been held, and as a correction of <paramref name="current"/> only with its reason.
    /// </summary>
    /// <param name="newKey">Draws the disclosure-control key of a first report; a correction keeps the report's key, so the same records always get the same adjustment.</param>
    public ReportRefusal? File(SeriesRecord series, int number, SessionReport? current, string reportedBy, DateTimeOffset now, Func<long> newKey)
    {
        if (series.WhyNotHeld(number, now) is { } notHeld)
        {
            return new ReportRefusal(ReportRefusalKind.NotHeld, "session", notHeld.Reason, notHeld.Detail);
        }
        if (current is not null && CorrectionReason is null)
        {
            return new ReportRefusal(ReportRefusalKind.CorrectionUnexplained, "correctionReason", "A correction says why the earlier report was wrong.", null);
        }
        SeriesId = series.Id;
        SessionNumber = number;
        Version = (current?.Version ?? 0) + 1;
        ReportedBy = reportedBy;
        ReportedAt = now;
        SessionStartsAt = series.Session(number)!.StartsAt!.Value;
        SessionDate = DutchTime.DateOf(SessionStartsAt);
        IsCurrent = true;
        RecordKey = current?.RecordKey ?? newKey();
        if (current is not null)
        {
            current.IsCurrent = false;
        }
        recorded.Add(new SessionReportFiled(this));
        return null;
    }

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();
}

/// <summary>A report (or a correction of one) was filed for a held session.</summary>
public sealed record SessionReportFiled(SessionReport Report) : IDomainEvent;

public enum ReportRefusalKind
{
    /// <summary>The session was not held, or has not ended yet.</summary>
    NotHeld,
    /// <summary>A correction without its reason.</summary>
    CorrectionUnexplained,
}

/// <param name="Field">The field the refusal is about.</param>
/// <param name="Detail">What the refusal says as a whole, where more than the field's reason is to be said.</param>
public sealed record ReportRefusal(ReportRefusalKind Kind, string Field, string Reason, string? Detail);
