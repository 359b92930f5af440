using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

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
    IReadOnlyList<LeaderChange> LeaderChanges) : IExample<SeriesResponse>
{
    public static SeriesResponse Example => new(Guid.Parse("0193d2b7-6c1a-7e2f-9a3b-4c5d6e7f8091"), "GM0363", Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12"), "Eritrese gemeenschap", [Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d")], Audience.Women, ["ti", "nl"], ["parenting"], "parenting", null,
        "In de ruimte van de stichting; kinderopvang geregeld.", SeriesStatus.Planned, null, Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49"), "Amina Yusuf", null,
        [
            new SessionResponse(1, SessionPart.IntroductionAndTrust, "2027-02-09T19:00", "2027-02-09T21:00", new DateTimeOffset(2027, 2, 9, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 2, 9, 20, 0, 0, TimeSpan.Zero), "Buurthuis De Banne, Amsterdam-Noord", false, SessionStatus.Planned, []),
            new SessionResponse(2, SessionPart.DeepeningTheTheme, "2027-02-23T19:00", "2027-02-23T21:00", new DateTimeOffset(2027, 2, 23, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 2, 23, 20, 0, 0, TimeSpan.Zero), "Buurthuis De Banne, Amsterdam-Noord", false, SessionStatus.Planned, []),
            new SessionResponse(3, SessionPart.ReflectionAndNextSteps, "2027-03-09T19:00", "2027-03-09T21:00", new DateTimeOffset(2027, 3, 9, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 3, 9, 20, 0, 0, TimeSpan.Zero), "Buurthuis De Banne, Amsterdam-Noord", false, SessionStatus.Planned, []),
        ],
        []);


    /// <param name="names">The names of the leaders and communities of the series answered (<see cref="SeriesNames"/>).</param>
    public static SeriesResponse For(MeetingSeries s, Caller caller, SeriesNames names)
    {
        var reader = new SeriesReader(caller);
        var seesVenues = reader.SeesConfidentialVenue(s.LeaderId);
        var leaderName = s.LeaderId is { } id ? names.Leaders.GetValueOrDefault(id) : null;
        return new SeriesResponse(s.Id, s.MunicipalityCode, s.CommunityId, names.Communities.GetValueOrDefault(s.CommunityId), s.HostOrganisationIds, s.Audience, s.Languages, s.TopicCodes,
            s.ApproachRoute, s.AdviceRequestId, reader.SeesLeaders ? s.Notes : null, s.Status, s.CancellationReason,
            reader.LeaderId(s.LeaderId), leaderName, reader.SeesLeaders ? s.LeaderOverrideReason : null,
            [.. s.Sessions.Select(x => SessionResponse.For(x, seesVenues))], reader.SeesLeaders ? s.LeaderChanges : []);
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
        s.StartsAt is { } start ? DutchTime.Format(start) : null,
        s.EndsAt is { } end ? DutchTime.Format(end) : null,
        s.StartsAt, s.EndsAt,
        s.VenueConfidential && !seesConfidentialVenue ? null : s.Venue,
        s.VenueConfidential, s.Status, s.History);
}
