using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// What of a series one caller may read, decided here once for the series, the session calendar and
/// their filters. A municipality sees who leads its series by the name the leader shows, never by an id
/// that links them across the country (to, say, every LGBT series they lead), nor how the leader was
/// chosen, the internal notes or the leader's history; a confidential venue is for coordinators and the
/// series' own leader.
/// </summary>
public readonly record struct SeriesReader(Caller Caller)
{
    /// <summary>Leader ids, the filter and search by leader, the notes and the leader's history.</summary>
    public bool SeesLeaders => Caller.Role != Roles.MunicipalOfficer;

    public Guid? LeaderId(Guid? leaderId) => SeesLeaders ? leaderId : null;

    public bool SeesConfidentialVenue(Guid? leaderId) =>
        Caller.Role == Roles.Coordinator || (leaderId is { } leader && Caller.IsLeader(leader));
}
