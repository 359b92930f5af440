using System.Globalization;
using VanBinnenuit.Web.Api.Models;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.Leader;

/// <summary>The session report form as posted (field names are the API's), checked in Dutch before it is sent.</summary>
public sealed class SessionReportForm
{
    public static readonly IReadOnlyList<(string Field, string Label)> Genders =
        [("byGender.women", "Vrouwen"), ("byGender.men", "Mannen"), ("byGender.other", "Anders"), ("byGender.notStated", "Niet gezegd")];

    public static readonly IReadOnlyList<(string Field, string Label)> AgeBands =
        [("byAge.under18", "Jonger dan 18"), ("byAge.from18To29", "18 tot 30"), ("byAge.from30To49", "30 tot 50"),
         ("byAge.from50To64", "50 tot 65"), ("byAge.from65", "65 of ouder"), ("byAge.notStated", "Niet gezegd")];

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(
        Genders.Concat(AgeBands).Select(g => KeyValuePair.Create(g.Field, g.Label)))
    {
        ["attendance"] = "Aantal aanwezigen", ["byGender"] = "Aanwezigen naar gender", ["byAge"] = "Aanwezigen naar leeftijd",
        ["returned"] = "Teruggekomen", ["languages"] = "Gesproken talen", ["topicCodes"] = "Besproken thema's", ["safety"] = "Veiligheid",
        ["referrals"] = "Doorverwijzingen", ["reflection"] = "Reflectie", ["correctionReason"] = "Reden van de correctie",
    };

    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Languages { get; } = [];
    public HashSet<string> Topics { get; } = [];
    public bool FollowUpNeeded { get; set; }

    public string? this[string field] => Values.GetValueOrDefault(field);

    public static SessionReportForm From(IFormCollection form)
    {
        var result = new SessionReportForm { FollowUpNeeded = form["followUpNeeded"] == "true" };
        foreach (var (key, value) in form)
        {
            result.Values[key] = value.ToString();
        }
        result.Languages.UnionWith(form["languages"].OfType<string>());
        result.Topics.UnionWith(form["topicCodes"].OfType<string>());
        return result;
    }

    public static SessionReportForm From(SessionReport report)
    {
        var form = new SessionReportForm { FollowUpNeeded = report.FollowUpNeeded };
        var g = report.ByGender;
        var a = report.ByAge;
        int[] counts = [report.Attendance, g.Women, g.Men, g.Other, g.NotStated, a.Under18, a.From18To29, a.From30To49, a.From50To64, a.From65, a.NotStated, report.Returned, report.Safety];
        string[] fields = ["attendance", .. Genders.Select(x => x.Field), .. AgeBands.Select(x => x.Field), "returned", "safety"];
        for (var i = 0; i < fields.Length; i++)
        {
            form.Values[fields[i]] = counts[i].ToString(CultureInfo.InvariantCulture);
        }
        foreach (var referral in report.Referrals)
        {
            form.Values[$"referral.{referral.Kind}"] = referral.Count.ToString(CultureInfo.InvariantCulture);
        }
        form.Values["reflection"] = report.Reflection;
        form.Languages.UnionWith(report.Languages);
        form.Topics.UnionWith(report.TopicCodes);
        return form;
    }

    /// <summary>The submission, or null with every problem in <paramref name="errors"/>; the sums are the API's to check as well.</summary>
    public SessionReportSubmission? Check(FormErrors errors, bool correction)
    {
        var attendance = Count("attendance", errors, required: true);
        var genders = Genders.Select(g => Count(g.Field, errors)).ToList();
        var ages = AgeBands.Select(a => Count(a.Field, errors)).ToList();
        var returned = Count("returned", errors);
        var safety = Count("safety", errors, required: true);
        if (attendance is { } total && !errors.Any)
        {
            if (genders.Sum() != total)
            {
                errors.Add("byGender", $"De aantallen per gender tellen op tot {genders.Sum()}, niet tot de {total} aanwezigen.");
            }
            if (ages.Sum() != total)
            {
                errors.Add("byAge", $"De aantallen per leeftijdsgroep tellen op tot {ages.Sum()}, niet tot de {total} aanwezigen.");
            }
        }
        if (Languages.Count == 0)
        {
            errors.Add("languages", "Kies ten minste één taal.");
        }
        if (correction && string.IsNullOrWhiteSpace(this["correctionReason"]))
        {
            errors.Add("correctionReason", "Zeg waarom u het verslag corrigeert.");
        }
        var referrals = Words.ReferralKinds.Select(k => new Referral(k.Code, Count($"referral.{k.Code}", errors) ?? 0)).Where(r => r.Count > 0).ToList();
        if (errors.Any)
        {
            return null;
        }
        return new SessionReportSubmission(attendance,
            new GenderCounts(genders[0] ?? 0, genders[1] ?? 0, genders[2] ?? 0, genders[3] ?? 0),
            new AgeCounts(ages[0] ?? 0, ages[1] ?? 0, ages[2] ?? 0, ages[3] ?? 0, ages[4] ?? 0, ages[5] ?? 0),
            returned ?? 0, [.. Languages], [.. Topics], safety, referrals, FollowUpNeeded,
            string.IsNullOrWhiteSpace(this["reflection"]) ? null : this["reflection"],
            correction ? this["correctionReason"] : null);
    }

    private int? Count(string field, FormErrors errors, bool required = false)
    {
        var text = this[field];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, "Dit veld is verplicht.");
            }
            return required ? null : 0;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 500)
        {
            return count;
        }
        errors.Add(field, "Vul een heel getal in van 0 tot en met 500.");
        return null;
    }
}
