namespace VanBinnenuit.Web.Api.Models;

// Monitoring's indicators. A null count about people is "fewer than 5"; counts about people are slightly adjusted, so totals need not add up.

public sealed record Target(int Meetings, DateOnly From, DateOnly Until, int SessionsHeld, decimal Share);

public sealed record Overview(
    DateOnly From, DateOnly Until, string? MunicipalityCode, Target Target, int SessionsHeld, long? Attendances, long? PeopleReached,
    decimal? AverageAttendance, decimal? RetentionFirstToThird, int SeriesStarted, int SeriesCompleted, int SeriesCancelled, decimal? CompletionRate,
    int MunicipalitiesReached, int ActiveLeaders, int ReportsOverdue, bool Suppressed);

public sealed record BreakdownRow(string Key, string Name, IReadOnlyList<int> SessionsHeld, int SessionsHeldTotal, IReadOnlyList<long?> PeopleReached, long? PeopleReachedTotal);

public sealed record Breakdown(
    string By, string Per, DateOnly From, DateOnly Until, string? MunicipalityCode, IReadOnlyList<string> Periods, IReadOnlyList<BreakdownRow> Rows,
    IReadOnlyList<int> SessionsHeldTotals, int SessionsHeldTotal, IReadOnlyList<long?> PeopleReachedTotals, long? PeopleReachedTotal, bool Suppressed);

public sealed record AnswerSummary(long? N, decimal? Mean, decimal? ShareAgreeing);

public sealed record AttitudeShift(AnswerSummary Before, AnswerSummary After, decimal? MeanShift, decimal? AgreeingShift);

public sealed record StatementShift(Guid StatementId, string Code, string Text, AttitudeShift Shift);

public sealed record CoverageGap(string MunicipalityCode, string Name, string ProvinceName, IReadOnlyList<string> Communities, int Organisations);

public sealed record GenderCounts(int Women, int Men, int Other, int NotStated);

public sealed record AgeCounts(int Under18, int From18To29, int From30To49, int From50To64, int From65, int NotStated);

public sealed record Referral(string Kind, int Count);

public sealed record SessionReport(Guid SeriesId, int SessionNumber, int Version, DateTimeOffset ReportedAt, int Attendance, GenderCounts ByGender,
    AgeCounts ByAge, int Returned, IReadOnlyList<string> Languages, IReadOnlyList<string> TopicCodes, int Safety, IReadOnlyList<Referral> Referrals,
    bool FollowUpNeeded, string? Reflection, string? CorrectionReason);

/// <summary>What the leader submits (a correction carries its reason and the version it corrects, as If-Match).</summary>
public sealed record SessionReportSubmission(int? Attendance, GenderCounts ByGender, AgeCounts ByAge, int? Returned, IReadOnlyList<string> Languages,
    IReadOnlyList<string> TopicCodes, int? Safety, IReadOnlyList<Referral> Referrals, bool FollowUpNeeded, string? Reflection, string? CorrectionReason);

public sealed record Statement(Guid Id, string Code, string Text, int Order, bool Active);

/// <summary>How many chose each of the five options (1 strongly disagree … 5 strongly agree); never single answers.</summary>
public sealed record Histogram(Guid StatementId, string Moment, IReadOnlyList<int> Counts, DateTimeOffset RecordedAt);

public sealed record HistogramAnswer(Guid StatementId, IReadOnlyList<int> Counts);

public sealed record HistogramsSubmission(IReadOnlyList<HistogramAnswer> Answers);
