using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// A series as one caller may see it. Times are given in Dutch local time (<c>startsAt</c>) and as
/// UTC instants (<c>startsAtUtc</c>). A confidential venue is shown only to coordinators and the
/// series' leader; internal notes not to municipal officers, who see the leader by name only.
/// </summary>
public sealed record SeriesResponse(
    Guid Id,
    string MunicipalityCode,
    Guid CommunityId,
    string? CommunityName,
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
    string? LeaderName,
    string? LeaderOverrideReason,
    IReadOnlyList<SessionResponse> Sessions,
    IReadOnlyList<LeaderChange> LeaderChanges)
{
    /// <param name="names">The names of the leaders and communities of the series answered (<see cref="SeriesNames"/>).</param>
    public static SeriesResponse For(MeetingSeries s, Caller caller, SeriesNames names)
    {
        var seesVenues = caller.Role == Roles.Coordinator || (s.LeaderId is { } leader && caller.IsLeader(leader));
        // A municipality sees who leads its series by the name the leader shows, never by an id that
        // links them across the country (to, say, every LGBT series they lead), nor their history.
        var officer = caller.Role == Roles.MunicipalOfficer;
        var leaderName = s.LeaderId is { } id ? names.Leaders.GetValueOrDefault(id) : null;
        return new SeriesResponse(s.Id, s.MunicipalityCode, s.CommunityId, names.Communities.GetValueOrDefault(s.CommunityId), s.HostOrganisationIds, s.Audience, s.Languages, s.TopicCodes,
            s.ApproachRoute, s.AdviceRequestId, officer ? null : s.Notes, s.Status, s.CancellationReason,
            officer ? null : s.LeaderId, leaderName, officer ? null : s.LeaderOverrideReason,
            [.. s.Sessions.Select(x => SessionResponse.For(x, seesVenues))], officer ? [] : s.LeaderChanges);
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
