using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>One part of a leader's score: how well they fit in one respect, its weight, and why.</summary>
public sealed record ScorePart(string Part, double Score, double Weight, string Explanation);

public sealed record Proposal(Guid LeaderId, string DisplayName, double Score, IReadOnlyList<ScorePart> Parts);

public sealed record Excluded(Guid LeaderId, string DisplayName, EligibilityRule Rule, string Reason);

public sealed record Proposals(IReadOnlyList<Proposal> Eligible, IReadOnlyList<Excluded> Excluded);

/// <summary>
/// Ranks leaders for a series by a transparent score: each part between 0 and 1, weighted, with
/// its explanation. The same data gives the same order (ties go by name, then id).
/// </summary>
public static class LeaderMatcher
{
    private static readonly Dictionary<string, double> ProficiencyScore = new() { ["native"] = 1, ["fluent"] = 0.85, ["good"] = 0.65, ["basic"] = 0.35 };

    public static Proposals Rank(IEnumerable<Leader> leaders, SeriesNeeds series, ILookup<Guid, Booking> bookings,
        Func<string, string?> provinceOf, SchedulingRules rules)
    {
        var eligible = new List<Proposal>();
        var excluded = new List<Excluded>();
        foreach (var leader in leaders)
        {
            var own = bookings[leader.Id].ToList();
            if (LeaderEligibility.FirstExclusion(leader, series, own, rules) is { } exclusion)
            {
                excluded.Add(new Excluded(leader.Id, leader.DisplayName, exclusion.Rule, exclusion.Reason));
                continue;
            }
            var parts = Score(leader, series, own, provinceOf);
            eligible.Add(new Proposal(leader.Id, leader.DisplayName, Math.Round(parts.Sum(p => p.Score * p.Weight), 4), parts));
        }
        return new Proposals(
            [.. eligible.OrderByDescending(p => p.Score).ThenBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.LeaderId)],
            [.. excluded.OrderBy(e => e.Rule).ThenBy(e => e.DisplayName, StringComparer.Ordinal).ThenBy(e => e.LeaderId)]);
    }

    private static List<ScorePart> Score(Leader leader, SeriesNeeds series, IReadOnlyList<Booking> bookings, Func<string, string?> provinceOf)
    {
        var best = leader.Languages.Where(l => series.Languages.Contains(l.Code)).MaxBy(l => ProficiencyScore.GetValueOrDefault(l.Proficiency))!;
        var language = ProficiencyScore.GetValueOrDefault(best.Proficiency);
        var community = leader.CommunityIds.Contains(series.CommunityId);
        var (gender, genderWhy) = GenderFit(leader.Gender, series.Audience);
        var (region, regionWhy) = Region(leader, series, provinceOf);
        var months = series.Sessions.Select(s => LeaderEligibility.Month(s.StartsAt)).Distinct().ToList();
        var load = months.Count == 0 ? bookings.Count(b => b.StartsAt > DateTimeOffset.UtcNow) : bookings.Count(b => months.Contains(LeaderEligibility.Month(b.StartsAt)));
        var loadScore = Math.Max(0, 1 - (double)load / Math.Max(1, leader.MaxSessionsPerMonth * Math.Max(1, months.Count)));
        return
        [
            new("language", language, 0.25, $"{best.Code} ({best.Proficiency})"),
            new("community", community ? 1 : 0, 0.20, community ? "serves this community" : "chosen for another community"),
            new("topics", 1, 0.15, $"trained on {string.Join(", ", series.TopicCodes)}"),
            new("gender", gender, 0.10, genderWhy),
            new("region", region, 0.15, regionWhy),
            new("load", Math.Round(loadScore, 4), 0.10, $"{load} other sessions in the months of this series, cap {leader.MaxSessionsPerMonth} a month"),
            new("availability", series.Sessions.Count > 0 ? 1 : 0.5, 0.05,
                series.Sessions.Count > 0 ? "available for every session" : "no dates planned yet"),
        ];
    }

    private static (double, string) GenderFit(string? gender, Audience audience) => audience switch
    {
        Audience.Women when gender == "woman" => (1, "a woman leading a women's group"),
        Audience.Women => (0, "a women's group is best led by a woman"),
        Audience.Men when gender == "man" => (1, "a man leading a men's group"),
        Audience.Men => (0, "a men's group is best led by a man"),
        _ => (0.5, "the audience asks for no particular gender"),
    };

    private static (double, string) Region(Leader leader, SeriesNeeds series, Func<string, string?> provinceOf)
    {
        if (leader.HomeMunicipalityCode == series.MunicipalityCode)
        {
            return (1, "lives in the municipality");
        }
        if (leader.TravelMunicipalityCodes.Contains(series.MunicipalityCode))
        {
            return (0.8, "travels to the municipality");
        }
        if (series.ProvinceCode is { } province && leader.TravelProvinceCodes.Contains(province))
        {
            return (0.6, "travels within the province");
        }
        if (series.ProvinceCode is not null && provinceOf(leader.HomeMunicipalityCode) == series.ProvinceCode)
        {
            return (0.5, "lives in the same province");
        }
        return (0, "lives and travels elsewhere");
    }
}
