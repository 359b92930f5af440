using System.Globalization;

namespace VanBinnenuit.DemoProgramme.Generation;

/// <summary>
/// About 60 advice requests from some 30 municipalities, each with the path its case takes: every
/// status is reached, with messages, internal notes, a few documents, advice pointing into the
/// knowledge base, referrals to a meeting series, withdrawals and a reopened case.
/// </summary>
public static class AdviceRequestGenerator
{
    /// <summary>How many requests end in each status (and closed ones with which result), 60 in all.</summary>
    private static readonly (string Target, int Count)[] Targets =
    [
        ("submitted", 8), ("triaged", 7), ("assigned", 7), ("in-progress", 8), ("reopened", 2), ("advice-given", 10),
        ("advice-delivered", 9), ("referred-to-meeting-series", 3), ("withdrawn", 3), ("out-of-scope", 3),
    ];

    /// <summary>The municipalities whose demo systems (machine clients of identity's demo seeder) submit and write themselves.</summary>
    public static readonly string[] SelfServiceMunicipalities = ["GM0363", "GM0599"];

    public static List<DemoAdviceRequest> Generate(int count, IReadOnlyList<DemoCommunity> communities, IReadOnlyList<DemoOrganisation> organisations,
        IReadOnlyList<string> municipalities, Random random)
    {
        var targets = Targets.SelectMany(t => Enumerable.Repeat(t.Target, t.Count)).ToList();
        // The demo officers' two municipalities first, so their accounts find requests of their own.
        var places = SelfServiceMunicipalities.Concat(SeriesGenerator.Pick(municipalities.Except(SelfServiceMunicipalities).ToList(), 28, random)).ToList();
        var requests = new List<DemoAdviceRequest>();
        for (var n = 1; n <= count; n++)
        {
            var target = targets[random.Next(targets.Count)];
            targets.Remove(target);
            if (targets.Count == 0)
            {
                targets = Targets.SelectMany(t => Enumerable.Repeat(t.Target, t.Count)).ToList();
            }
            // Amsterdam and Rotterdam ask most; every other place once or twice.
            var municipality = n <= 8 ? places[n % 2] : places[random.Next(places.Count)];
            var present = communities.Where(c => c.MunicipalityCodes.Contains(municipality)).ToList();
            var chosen = SeriesGenerator.Pick(present.Count > 0 ? present : communities, random.Next(1, 3), random);
            var local = organisations.Where(o => o.MunicipalityCodes.Contains(municipality) && o.CommunityNames.Intersect(chosen.Select(c => c.Name)).Any()).ToList();
            var topics = SeriesGenerator.Pick(DemoCatalogue.Topics, random.Next(1, 3), random);
            var contact = Contact(random);
            var hopes = Hopes(target, random);
            var from = new DateOnly(2027, 1, 1).AddDays(random.Next(0, 120));
            requests.Add(new DemoAdviceRequest(
                n, municipality, [.. chosen.Select(c => c.Name)], [.. SeriesGenerator.Pick(local, Math.Min(local.Count, 2), random).Select(o => o.Name)],
                topics, random.Next(0, 5), Question(n, chosen, topics, random), hopes,
                random.Next(3) == 0 ? (from, from.AddDays(random.Next(30, 120))) : null, contact.Name, contact.Email,
                SelfServiceMunicipalities.Contains(municipality), Path(target, chosen[0], topics, SelfServiceMunicipalities.Contains(municipality), random)));
        }
        return requests;
    }

    private static (string Name, string Email) Contact(Random random)
    {
        var (first, last) = OfficerName(random);
        return ($"{first} {last}", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal)}@gemeente.demo.vanbinnenuit.nl");
    }

    /// <summary>A made-up name of a municipal officer.</summary>
    public static (string First, string Last) OfficerName(Random random) =>
        (DemoKnowledge.OfficerFirstNames[random.Next(DemoKnowledge.OfficerFirstNames.Length)], DemoKnowledge.OfficerSurnames[random.Next(DemoKnowledge.OfficerSurnames.Length)]);

    private static List<string> Hopes(string target, Random random)
    {
        var hopes = new List<string> { "advice" };
        if (target == "referred-to-meeting-series" || random.Next(3) == 0)
        {
            hopes.Add("meeting-series");
        }
        if (random.Next(4) == 0)
        {
            hopes.Add(random.Next(2) == 0 ? "training" : "knowledge-meeting");
        }
        return hopes;
    }

    private static string Question(int number, List<DemoCommunity> communities, List<string> topics, Random random)
    {
        var who = string.Join(" en de ", communities.Select(c => $"{DemoWorldGenerator.Adjective(c.Name)} gemeenschap"));
        var about = string.Join(" en ", topics.Select(t => DemoCatalogue.TopicWords[t]));
        var question = DemoKnowledge.Questions[random.Next(DemoKnowledge.Questions.Length)]
            .Replace("{wie}", who, StringComparison.Ordinal).Replace("{onderwerp}", about, StringComparison.Ordinal);
        return $"{Marker(number)} {question}";
    }

    /// <summary>The demo's mark at the start of each question; a restart finds the request by it and leaves it.</summary>
    public static string Marker(int number) => string.Create(CultureInfo.InvariantCulture, $"[Demo-aanvraag {number:000}]");

    /// <param name="selfService">The municipality writes itself: it answers the alliance's questions and withdraws its own request.</param>
    private static List<DemoCaseStep> Path(string target, DemoCommunity community, List<string> topics, bool selfService, Random random)
    {
        var steps = new List<DemoCaseStep>();
        if (random.Next(5) == 0)
        {
            steps.Add(DemoCaseStep.Document("notitie-wijkteam.txt",
                "Demodocument (fictief). Notitie van het wijkteam over contacten met zelforganisaties in de wijk en eerdere bijeenkomsten."));
        }
        if (target == "submitted")
        {
            return steps;
        }
        if (target == "withdrawn")
        {
            if (random.Next(2) == 0)
            {
                steps.Add(DemoCaseStep.Move("triage"));
            }
            steps.Add(DemoCaseStep.Close("withdrawn", "De gemeente heeft de vraag zelf kunnen beantwoorden met de wijkteams.") with { ByOfficer = selfService });
            return steps;
        }
        steps.Add(DemoCaseStep.Move("triage"));
        steps.Add(DemoCaseStep.Message(false, DemoKnowledge.AllianceQuestions[random.Next(DemoKnowledge.AllianceQuestions.Length)]));
        if (selfService && random.Next(2) == 0)
        {
            steps.Add(DemoCaseStep.OfficerMessage(DemoKnowledge.OfficerAnswers[random.Next(DemoKnowledge.OfficerAnswers.Length)]));
        }
        if (target == "triaged")
        {
            return steps;
        }
        if (target == "out-of-scope")
        {
            steps.Add(DemoCaseStep.Close("out-of-scope", "De vraag gaat over inburgeringslessen; verwezen naar de taalaanbieders van de gemeente."));
            return steps;
        }
        steps.Add(DemoCaseStep.Move("assign"));
        if (target == "assigned")
        {
            return steps;
        }
        steps.Add(DemoCaseStep.Move("start"));
        steps.Add(DemoCaseStep.Message(true, DemoKnowledge.InternalNotes[random.Next(DemoKnowledge.InternalNotes.Length)]));
        if (target == "referred-to-meeting-series")
        {
            steps.Add(DemoCaseStep.Series(community.Name, random.Next(2) == 0 ? "women" : "mixed", community.Languages[0], topics));
            steps.Add(DemoCaseStep.Close("referred-to-meeting-series", null));
            return steps;
        }
        if (target == "in-progress")
        {
            return steps;
        }
        steps.Add(DemoCaseStep.Advice(random.Next(DemoKnowledge.AdviceTexts.Length), [.. SeriesGenerator.Pick([1, 2, 3, 4], random.Next(1, 4), random).Order()],
            random.Next(DemoKnowledge.Pitfalls.Length), random.Next(DemoKnowledge.GoodExamples.Length)));
        steps.Add(DemoCaseStep.Move("give-advice"));
        steps.Add(DemoCaseStep.Message(false, "Het advies staat klaar in de aanvraag. Wij horen graag of het bruikbaar is en denken mee over de volgende stap."));
        if (target == "advice-given")
        {
            return steps;
        }
        steps.Add(DemoCaseStep.Close("advice-delivered", null));
        if (target == "reopened")
        {
            steps.Add(DemoCaseStep.Reopen("De gemeente vraagt om aanvulling: ook de jongerenwerkers willen meedoen."));
        }
        return steps;
    }
}
