using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Consumers;

/// <summary>The registry's leader, as its events carry it, in scheduling's own words.</summary>
public static class LeaderFromRegistry
{
    public static Leader Map(LeaderSnapshot leader) => new()
    {
        Id = leader.Id,
        DisplayName = leader.DisplayName,
        Languages = [.. leader.Languages.Select(l => new LeaderLanguage(l.Code, l.Proficiency))],
        CommunityIds = leader.CommunityIds,
        TopicCodes = leader.TopicCodes,
        Gender = leader.Gender,
        HomeMunicipalityCode = leader.HomeMunicipalityCode,
        TravelMunicipalityCodes = leader.TravelMunicipalityCodes,
        TravelProvinceCodes = leader.TravelProvinceCodes,
        Availability = [.. leader.Availability.Select(w => new WeeklyWindow(w.Day, w.From, w.To))],
        Absences = [.. leader.Absences.Select(a => new DateRange(a.From, a.To))],
        MaxSessionsPerMonth = leader.MaxSessionsPerMonth,
        Active = leader.Active,
        InactiveReason = leader.InactiveReason,
    };
}
