namespace VanBinnenuit.Web.Api.Models;

// Scheduling's series as the pages show them. Times: startsAt is Dutch local time as text, startsAtUtc the instant.

public sealed record Session(int Number, string Part, string? StartsAt, string? EndsAt, DateTimeOffset? StartsAtUtc, DateTimeOffset? EndsAtUtc,
    string? Venue, bool VenueConfidential, string Status);

public sealed record MeetingSeries(Guid Id, string MunicipalityCode, Guid CommunityId, string Audience, IReadOnlyList<string> Languages,
    IReadOnlyList<string> TopicCodes, Guid? AdviceRequestId, string? Notes, string Status, Guid? LeaderId, IReadOnlyList<Session> Sessions,
    string? LeaderName = null, string? CommunityName = null);

/// <summary>A session on the calendar, with what it says of its series (no venue).</summary>
public sealed record CalendarSession(Guid SeriesId, int Number, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, DateTimeOffset EndsAtUtc,
    string Status, string SeriesStatus, string MunicipalityCode, Guid CommunityId, string? CommunityName, string Audience, IReadOnlyList<string> TopicCodes,
    Guid? LeaderId, string? LeaderName);

public sealed record SessionCalendar(DateOnly From, DateOnly To, IReadOnlyList<CalendarSession> Items);

public sealed record CalendarFeedState(DateTimeOffset IssuedAt);

public sealed record IssuedCalendarFeed(string Url, DateTimeOffset IssuedAt);

public sealed record ScorePart(string Part, double Score, double Weight, string Explanation);

public sealed record LeaderProposal(Guid LeaderId, string DisplayName, double Score, IReadOnlyList<ScorePart> Parts);

public sealed record LeaderProposals(int EligibleCount, IReadOnlyList<LeaderProposal> Eligible, IReadOnlyDictionary<string, int> ExcludedByRule);

public sealed record LeaderAssignment(Guid LeaderId, string? CommunityOverrideReason = null, string? ReplacementReason = null);

public sealed record KnowledgeMeeting(Guid Id, string Title, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, string Place, int Capacity,
    int Seated, int Waiting, string? MyRegistration, int? MyWaitingPosition);

public sealed record SeriesDraft(string? MunicipalityCode, Guid? CommunityId, string? Audience, IReadOnlyList<string> Languages, IReadOnlyList<string> TopicCodes,
    string? Notes);

public sealed record SessionPlan(string? StartsAt, string? EndsAt, string? Venue, bool VenueConfidential);

public sealed record SessionsPlan(IReadOnlyList<SessionPlan> Sessions, string? Reason);
