using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// A series as one caller may see it. Times are given in Dutch local time (<c>startsAt</c>) and as
/// UTC instants (<c>startsAtUtc</c>). A confidential venue is shown only to coordinators and the
/// series' leader; internal notes not to municipal officers.
/// </summary>
public sealed record SeriesResponse(
    Guid Id,
    string MunicipalityCode,
    Guid CommunityId,
    IReadOnlyList<Guid> HostOrganisationIds,
    Audience Audience,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TopicCodes,
    string? ApproachRoute,
    Guid? AdviceRequestId,
    string? Notes,
    SeriesStatus Status,
    string? CancellationReason,
    Guid? LeaderId,
    string? LeaderOverrideReason,
    IReadOnlyList<SessionResponse> Sessions,
    IReadOnlyList<LeaderChange> LeaderChanges)
{
    public static SeriesResponse For(MeetingSeries s, Caller caller)
    {
        var seesVenues = caller.Role == Roles.Coordinator || (s.LeaderId is { } leader && caller.IsLeader(leader));
        return new SeriesResponse(s.Id, s.MunicipalityCode, s.CommunityId, s.HostOrganisationIds, s.Audience, s.Languages, s.TopicCodes,
            s.ApproachRoute, s.AdviceRequestId, caller.Role == Roles.MunicipalOfficer ? null : s.Notes, s.Status, s.CancellationReason,
            s.LeaderId, s.LeaderOverrideReason, [.. s.Sessions.Select(x => SessionResponse.For(x, seesVenues))], s.LeaderChanges);
    }
}

public sealed record SessionResponse(
    int Number,
    SessionPart Part,
    string? StartsAt,
    string? EndsAt,
    DateTimeOffset? StartsAtUtc,
    DateTimeOffset? EndsAtUtc,
    string? Venue,
    bool VenueConfidential,
    SessionStatus Status,
    IReadOnlyList<SessionChange> History)
{
    public static SessionResponse For(Session s, bool seesConfidentialVenue) => new(
        s.Number, s.Part,
        s.StartsAt is { } start ? AmsterdamTime.Format(start) : null,
        s.EndsAt is { } end ? AmsterdamTime.Format(end) : null,
        s.StartsAt, s.EndsAt,
        s.VenueConfidential && !seesConfidentialVenue ? null : s.Venue,
        s.VenueConfidential, s.Status, s.History);
}
