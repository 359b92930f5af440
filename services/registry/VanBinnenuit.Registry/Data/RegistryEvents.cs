using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

/// <summary>The registry's rows as the snapshots its events carry: what consumers need, no personal contact data.</summary>
internal static class RegistryEvents
{
    public static CommunitySnapshot Snapshot(Community community) => new()
    {
        Id = community.Id,
        Name = community.Name,
        OriginCountries = [.. community.OriginCountries],
        Languages = [.. community.Languages],
        ApproachRoutes = [.. community.ApproachRoutes],
        MunicipalityCodes = [.. community.PresentIn],
        Active = community.Active,
    };

    public static OrganisationSnapshot Snapshot(Organisation organisation) => new()
    {
        Id = organisation.Id,
        Name = organisation.Name,
        Kind = Codes.Kebab(organisation.Kind),
        CommunityIds = [.. organisation.CommunityIds],
        MunicipalityCodes = [.. organisation.MunicipalityCodes],
        Active = organisation.Active,
    };

    public static LeaderSnapshot Snapshot(ConversationLeader leader) => new()
    {
        Id = leader.Id,
        DisplayName = leader.DisplayName,
        Languages = [.. leader.Languages.Select(l => new LeaderLanguageSnapshot(l.Code, Codes.Kebab(l.Proficiency)))],
        CommunityIds = [.. leader.CommunityIds],
        TopicCodes = [.. leader.TopicCodes],
        Gender = leader.Gender,
        HomeMunicipalityCode = leader.HomeMunicipalityCode,
        TravelMunicipalityCodes = [.. leader.TravelMunicipalityCodes],
        TravelProvinceCodes = [.. leader.TravelProvinceCodes],
        Availability = [.. leader.Availability.Select(w => new AvailabilityWindowSnapshot(w.Day, w.From, w.To))],
        Absences = [.. leader.Absences.Select(a => new AbsenceSnapshot(a.From, a.To))],
        MaxSessionsPerMonth = leader.MaxSessionsPerMonth,
        Active = leader.Active,
        InactiveReason = leader.InactiveReason,
    };
}
