using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>How much of a leader a caller may see; the one place that decides it.</summary>
public enum LeaderView
{
    /// <summary>Display name and languages: municipal officers, and leaders looking at other leaders.</summary>
    Public,
    /// <summary>Everything but contact details: advisors.</summary>
    Profile,
    /// <summary>Everything: coordinators, and a leader looking at themself.</summary>
    Full,
}

public static class LeaderViews
{
    public static LeaderView For(Caller caller, Guid leaderId) => caller.Role switch
    {
        Roles.Coordinator => LeaderView.Full,
        Roles.Leader when caller.IsLeader(leaderId) => LeaderView.Full,
        Roles.Advisor => LeaderView.Profile,
        _ => LeaderView.Public,
    };

    /// <summary>Whether the caller may filter the list by what is not public (community, topic, region).</summary>
    public static bool MaySearchProfiles(Caller caller) => caller.Role is Roles.Coordinator or Roles.Advisor;
}

/// <summary>A leader as one caller may see them: what the view does not allow is left out (null, not sent).</summary>
public sealed record LeaderResponse(
    Guid Id,
    string DisplayName,
    IReadOnlyList<LanguageResponse> Languages,
    string? Email = null,
    string? Phone = null,
    IReadOnlyList<Guid>? CommunityIds = null,
    IReadOnlyList<string>? TopicCodes = null,
    string? Gender = null,
    string? HomeMunicipalityCode = null,
    IReadOnlyList<string>? TravelMunicipalityCodes = null,
    IReadOnlyList<string>? TravelProvinceCodes = null,
    IReadOnlyList<AvailabilityWindow>? Availability = null,
    IReadOnlyList<Absence>? Absences = null,
    int? MaxSessionsPerMonth = null,
    bool? Active = null,
    string? InactiveReason = null) : IExample<LeaderResponse>
{
    public static LeaderResponse Example => new(Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49"), "Amina Yusuf", [new LanguageResponse("so", Proficiency.Native), new LanguageResponse("nl", Proficiency.Fluent)], "amina.yusuf@demo.example", "06 2345 6789", [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], ["parenting", "gender-equality"], "woman", "GM0363", ["GM0599"], ["PV27"], [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(19, 0), new TimeOnly(21, 30))], [new Absence(new DateOnly(2027, 7, 19), new DateOnly(2027, 8, 13))], 6, true, null);

    public static LeaderResponse For(ConversationLeader l, Caller caller)
    {
        var languages = l.Languages.Select(x => new LanguageResponse(x.Code, x.Proficiency)).ToList();
        var view = LeaderViews.For(caller, l.Id);
        if (view == LeaderView.Public)
        {
            return new LeaderResponse(l.Id, l.DisplayName, languages);
        }
        var full = view == LeaderView.Full;
        return new LeaderResponse(l.Id, l.DisplayName, languages,
            full ? l.Email : null, full ? l.Phone : null,
            l.CommunityIds, l.TopicCodes, l.Gender, l.HomeMunicipalityCode, l.TravelMunicipalityCodes, l.TravelProvinceCodes,
            l.Availability, l.Absences, l.MaxSessionsPerMonth, l.Active, l.InactiveReason);
    }
}

public sealed record LanguageResponse(string Code, Proficiency Proficiency);
