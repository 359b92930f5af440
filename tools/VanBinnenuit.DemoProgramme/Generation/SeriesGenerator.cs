namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// The programme's series on a fixed calendar, March 2024 to June 2027: each one planned around a
/// leader who can lead it (their community, language, topics and a weekly window), in a municipality
/// where the community lives. Group sizes are realistic: first sessions of 6 to 20, a few groups small
/// enough that disclosure control has to protect them, fewer people at each later session.
/// </summary>
internal static class SeriesGenerator
{
    public static readonly DateOnly FirstDay = new(2024, 3, 4);
    public static readonly DateOnly LastDay = new(2027, 6, 30);
    public const int Statements = 6;
    /// <summary>The demo's own "today": a fixed day, so one seed gives one world whatever day it is generated on.</summary>
    public static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly DateTime DraftsFrom = Today.AddDays(7).ToDateTime(TimeOnly.MinValue);

    private static readonly string[] CancellationReasons =
    [
        "De gastorganisatie kon de ruimte niet langer bieden.",
        "Te weinig aanmeldingen na overleg met de sleutelpersonen.",
        "De gemeente en de organisatie kiezen eerst voor een andere aanvliegroute.",
        "Samengevoegd met een reeks in een naburige gemeente.",
    ];

    public static List<DemoSeries> Generate(int count, IReadOnlyList<DemoLeader> leaders, IReadOnlyList<DemoCommunity> communities, Random random)
    {
        var byName = communities.ToDictionary(c => c.Name);
        var span = LastDay.DayNumber - FirstDay.DayNumber - 60;
        var series = new List<DemoSeries>(count);
        for (var number = 1; number <= count; number++)
        {
            var leader = leaders[random.Next(leaders.Count)];
            var community = byName[leader.CommunityNames[random.Next(leader.CommunityNames.Count)]];
            var native = leader.Languages.Where(l => l.Proficiency == "native" && community.Languages.Contains(l.Code)).Select(l => l.Code).ToList();
            var language = native.Count > 0 ? native[random.Next(native.Count)] : "nl";
            var topics = Pick(leader.TopicCodes, random.Next(1, 3), random);
            var places = community.MunicipalityCodes.Intersect(leader.TravelMunicipalityCodes.Append(leader.HomeMunicipalityCode)).ToList();
            var municipality = places.Count > 0 && random.Next(4) > 0 ? places[random.Next(places.Count)] : community.MunicipalityCodes[random.Next(community.MunicipalityCodes.Count)];
            var window = leader.Availability[random.Next(leader.Availability.Count)];
            var sessions = Sessions(FirstDay.AddDays(random.Next(span)), window, random);
            var audience = AudienceFor(leader.TopicCodes, random);

            var fate = random.Next(100) switch { < 4 => "cancelled", < 7 => "draft", _ => "planned" };
            // Drafts are what the coordinators are still working on: a week or more after the demo's own today.
            if (fate == "draft" && sessions[0].Starts < DraftsFrom)
            {
                fate = "planned";
            }
            var reports = fate == "planned" ? Reports(audience, random) : [null, null, null];
            var before = Histograms(reports[0]?.Attendance ?? 0, shift: 0, random);
            var after = Histograms(reports[2]?.Attendance ?? 0, shift: 1, random);
            series.Add(new DemoSeries(number, municipality, community.Name, audience, language, topics, leader.Email, sessions, fate,
                fate == "cancelled" ? CancellationReasons[random.Next(CancellationReasons.Length)] : null, reports, before, after));
        }
        return series;
    }

    private static List<DemoSession> Sessions(DateOnly around, DemoWindow window, Random random)
    {
        var first = around;
        while (first.DayOfWeek != window.Day)
        {
            first = first.AddDays(1);
        }
        var (from, to) = window.Day == DayOfWeek.Saturday ? (new TimeOnly(10, 30), new TimeOnly(12, 30)) : (new TimeOnly(19, 0), new TimeOnly(21, 0));
        var gap = random.Next(3) == 0 ? 14 : 7;
        return [.. Enumerable.Range(0, 3).Select(i => first.AddDays(i * gap)).Select(day => new DemoSession(day.ToDateTime(from), day.ToDateTime(to)))];
    }

    private static string AudienceFor(IReadOnlyList<string> topics, Random random) => random.Next(10) switch
    {
        < 5 => "women",
        < 6 => "men",
        < 7 => "parents",
        < 8 => "youth",
        < 9 when topics.Contains("lgbt-acceptance") => "lgbt-people",
        _ => "mixed",
    };

    /// <summary>Three reports as the leader would give them: a first session of 6–20 (now and then 3–5), fewer returning each time.</summary>
    private static DemoReport?[] Reports(string audience, Random random)
    {
        var first = random.Next(10) == 0 ? random.Next(3, 6) : random.Next(6, 21);
        var second = Math.Max(2, first - random.Next(0, 4));
        var third = Math.Max(2, second - random.Next(0, 3));
        // A few leaders have not reported the last session yet.
        return [Report(first, 0, audience, random), Report(second, Math.Min(second, first), audience, random),
                random.Next(25) == 0 ? null : Report(third, Math.Min(third, second), audience, random)];
    }

    private static DemoReport Report(int attendance, int returned, string audience, Random random)
    {
        var women = audience switch { "women" => attendance, "men" => 0, _ => random.Next(attendance / 3, attendance + 1) };
        var other = audience == "lgbt-people" && attendance - women > 0 ? random.Next(0, Math.Min(2, attendance - women) + 1) : 0;
        var men = attendance - women - other;
        var bands = new int[5];
        for (var i = 0; i < attendance; i++)
        {
            bands[audience == "youth" ? random.Next(0, 2) : random.Next(1, 5)]++;
        }
        return new DemoReport(attendance, women, men, other, bands[0], bands[1], bands[2], bands[3], bands[4],
            returned, random.Next(3, 6), random.Next(30) == 0 ? 1 : 0, random.Next(12) == 0);
    }

    /// <summary>Answers on a five-point scale per statement; after the series, a little more agreement.</summary>
    private static List<int[]> Histograms(int people, int shift, Random random) =>
        [.. Enumerable.Range(0, Statements).Select(_ =>
        {
            var counts = new int[5];
            for (var i = 0; i < people; i++)
            {
                counts[Math.Clamp(random.Next(0, 5) + (random.Next(2) == 0 ? shift : 0), 0, 4)]++;
            }
            return counts;
        })];

    /// <summary><paramref name="count"/> distinct items, in the order the seed draws them.</summary>
    public static List<T> Pick<T>(IReadOnlyList<T> items, int count, Random random) =>
        [.. items.Select(item => (item, key: random.Next())).OrderBy(p => p.key).Take(Math.Min(count, items.Count)).Select(p => p.item)];
}
