using System.Globalization;
using System.Text;

namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>How big a world to make: the programme as it is, or scaled up for load measurements.</summary>
public sealed record DemoScale(int Municipalities, int LocalOrganisations, int Leaders, int Series, int AdviceRequests = 60)
{
    /// <summary>
    /// About 120 municipalities, 130 local organisations (100 self-organisations, 30 of Veilig Thuis and
    /// the GGDs), 150 conversation leaders and 700 series.
    /// </summary>
    public static readonly DemoScale Programme = new(120, 100, 150, 700);
}

/// <summary>
/// Makes the demo world from a seed. Only <see cref="Random"/> with that seed decides, over inputs in a
/// fixed order, so a seed and the registry's municipalities always give the same world.
/// </summary>
public static class DemoWorldGenerator
{
    public const int DefaultSeed = 2026;

    public static DemoWorld Generate(IReadOnlyList<DemoMunicipality> municipalities, DemoScale scale, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var known = municipalities.OrderBy(m => m.Code, StringComparer.Ordinal).ToList();
        var programme = ProgrammeMunicipalities(known, scale.Municipalities, random);

        var communities = DemoCatalogue.Communities.Select(c => new DemoCommunity(c.Name, c.Countries, c.Languages, c.Routes,
            // The large cities host most communities; each is present in a handful of others too.
            [.. DemoCatalogue.LargeMunicipalities.Where(_ => random.Next(4) > 0).Concat(Pick(programme, random.Next(2, 12), random)).Distinct().Order(StringComparer.Ordinal)])).ToList();

        var organisations = new List<DemoOrganisation>();
        organisations.AddRange(DemoCatalogue.ConsortiumMembers.Select(name => new DemoOrganisation(name, "consortium-member", [], [])));
        organisations.AddRange(DemoCatalogue.KnowledgeInstitutes.Select(name => new DemoOrganisation(name, "knowledge-institute", [], ["GM0344"])));
        foreach (var (region, municipality) in DemoCatalogue.SafetyRegions.Where(r => known.Any(m => m.Code == r.Municipality)))
        {
            organisations.Add(new DemoOrganisation($"Veilig Thuis {region}", "professional-institution", [], [municipality]));
            organisations.Add(new DemoOrganisation($"GGD {region}", "professional-institution", [], [municipality]));
        }
        var names = known.ToDictionary(m => m.Code, m => m.Name);
        for (var i = 0; organisations.Count(o => o.Kind is "migrant-self-organisation" or "refugee-organisation") < scale.LocalOrganisations; i++)
        {
            var community = communities[random.Next(communities.Count)];
            var place = community.MunicipalityCodes[random.Next(community.MunicipalityCodes.Count)];
            var refugee = DemoCatalogue.Communities.First(c => c.Name == community.Name).Countries.Any(c => c is "ER" or "SO" or "SY" or "AF" or "IQ" or "IR" or "YE" or "SD" or "UA");
            var name = $"{LocalName(community.Name, random)} {names[place]}{(i >= DemoCatalogue.Communities.Length * 4 ? $" {i}" : "")}";
            if (organisations.Any(o => o.Name == name))
            {
                continue;
            }
            organisations.Add(new DemoOrganisation(name, refugee ? "refugee-organisation" : "migrant-self-organisation", [community.Name], [place]));
        }

        var leaders = Enumerable.Range(1, scale.Leaders).Select(n => Leader(n, communities, programme, random)).ToList();
        var series = SeriesGenerator.Generate(scale.Series, leaders, communities, random);
        // Drawn after the series, so the world before them stays as it was.
        var requests = AdviceRequestGenerator.Generate(scale.AdviceRequests, communities, organisations, programme, random);
        return new DemoWorld(communities, organisations, leaders, series, requests, KnowledgeMeetings(programme, random));
    }

    private static List<DemoKnowledgeMeeting> KnowledgeMeetings(List<string> programme, Random random) =>
    [
        .. DemoKnowledge.Meetings.Select((m, i) => new DemoKnowledgeMeeting(m.Title, m.StartsAt, m.EndsAt, m.Place, m.Capacity,
            [.. Enumerable.Range(1, m.Registrations).Select(n =>
            {
                var (first, last) = AdviceRequestGenerator.OfficerName(random);
                return ($"{first} {last}", $"deelnemer.{i + 1}.{n:00}@gemeente.demo.vanbinnenuit.nl", programme[random.Next(programme.Count)]);
            })])),
    ];

    private static List<string> ProgrammeMunicipalities(List<DemoMunicipality> known, int count, Random random)
    {
        var chosen = DemoCatalogue.LargeMunicipalities.Concat(DemoCatalogue.SafetyRegions.Select(r => r.Municipality))
            .Where(code => known.Any(m => m.Code == code)).Distinct().ToList();
        var rest = known.Select(m => m.Code).Except(chosen).ToList();
        chosen.AddRange(Pick(rest, Math.Max(0, count - chosen.Count), random));
        return [.. chosen.Order(StringComparer.Ordinal)];
    }

    private static string LocalName(string community, Random random)
    {
        var adjective = Adjective(community);
        return random.Next(5) switch
        {
            0 => $"Stichting {adjective} Vrouwen",
            1 => $"{community} Vrouwennetwerk",
            2 => $"Stichting {adjective} Gemeenschap",
            3 => $"{adjective} Vereniging",
            _ => $"Stichting {adjective} Jongeren",
        };
    }

    /// <summary>Syrisch → Syrische, Chinees → Chinese, Indiaas → Indiase; Tamil stays.</summary>
    public static string Adjective(string community) => community switch
    {
        _ when community.EndsWith("ees", StringComparison.Ordinal) => community[..^3] + "ese",
        _ when community.EndsWith("aas", StringComparison.Ordinal) && !community.EndsWith("aaas", StringComparison.Ordinal) => community[..^3] + "ase",
        _ when community.EndsWith('s') || community.EndsWith("sch", StringComparison.Ordinal) => community + "e",
        _ => community,
    };

    private static DemoLeader Leader(int n, List<DemoCommunity> communities, List<string> programme, Random random)
    {
        var community = communities[random.Next(communities.Count)];
        var source = DemoCatalogue.Communities.First(c => c.Name == community.Name);
        var first = source.FirstNames[random.Next(source.FirstNames.Length)];
        var last = DemoCatalogue.Surnames[random.Next(DemoCatalogue.Surnames.Length)];
        // A women's and LGBT programme: most leaders are women, some men, a few non-binary.
        var gender = random.Next(10) switch { < 7 => "woman", < 9 => "man", _ => "non-binary" };
        var languages = source.Languages.Take(2).Select(code => (code, "native")).Append(("nl", random.Next(3) == 0 ? "good" : "fluent"))
            .DistinctBy(l => l.Item1).ToList();
        var home = community.MunicipalityCodes[random.Next(community.MunicipalityCodes.Count)];
        var travel = Pick(programme.Where(code => code != home).ToList(), random.Next(1, 5), random);
        var others = random.Next(3) == 0 ? [communities[random.Next(communities.Count)].Name] : Array.Empty<string>();
        var days = Pick([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Saturday], random.Next(1, 4), random);
        var availability = days.Order().Select(day => day == DayOfWeek.Saturday
            ? new DemoWindow(day, new TimeOnly(10, 0), new TimeOnly(16, 0))
            : new DemoWindow(day, new TimeOnly(18, 30), new TimeOnly(22, 0))).ToList();
        var absences = new List<(DateOnly, DateOnly)>();
        if (random.Next(6) == 0)
        {
            var from = SeriesGenerator.Today.AddDays(random.Next(7, 90));
            absences.Add((from, from.AddDays(random.Next(7, 22))));
        }
        return new DemoLeader(
            $"{first} {last}", $"{Ascii(first)}.{Ascii(last)}.{n.ToString("000", CultureInfo.InvariantCulture)}@demo.vanbinnenuit.nl", gender, languages,
            [.. new[] { community.Name }.Concat(others).Distinct()], Pick(DemoCatalogue.Topics, random.Next(2, 5), random), home, travel,
            availability, absences, random.Next(4, 11));
    }

    private static List<T> Pick<T>(IReadOnlyList<T> items, int count, Random random) => SeriesGenerator.Pick(items, count, random);

    private static string Ascii(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                plain.Append(char.ToLowerInvariant(c));
            }
            else if (c is '-' or ' ')
            {
                plain.Append('-');
            }
        }
        return plain.ToString();
    }
}
