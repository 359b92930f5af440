using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Registry.Domain;

public sealed record LeaderDraft(
    [property: Required] string? DisplayName,
    string? Email,
    string? Phone,
    [property: Required] IReadOnlyList<LanguageDraft>? Languages,
    IReadOnlyList<Guid>? CommunityIds,
    IReadOnlyList<string>? TopicCodes,
    string? Gender,
    [property: Required] string? HomeMunicipalityCode,
    IReadOnlyList<string>? TravelMunicipalityCodes,
    IReadOnlyList<string>? TravelProvinceCodes,
    IReadOnlyList<AvailabilityWindow>? Availability,
    IReadOnlyList<Absence>? Absences,
    [property: Required] int? MaxSessionsPerMonth) : IExample<LeaderDraft>
{
    public static LeaderDraft Example => new("Amina Yusuf", "amina.yusuf@demo.example", "06 2345 6789", [new LanguageDraft("so", Proficiency.Native), new LanguageDraft("nl", Proficiency.Fluent)], [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], ["parenting", "gender-equality"], "woman", "GM0363", ["GM0599"], ["PV27"], [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(19, 0), new TimeOnly(21, 30)), new AvailabilityWindow(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(13, 0))], [new Absence(new DateOnly(2027, 7, 19), new DateOnly(2027, 8, 13))], 6);

    public const int MaxSessionsPerMonthLimit = 40;

    public LeaderDraft Normalise(Validation validation, IsoCodes iso)
    {
        var (availability, absences) = new AvailabilityDraft(Availability, Absences).Normalise(validation);
        return new LeaderDraft(
            validation.Text("displayName", DisplayName, 100),
            validation.Email("email", Email),
            validation.Phone("phone", Phone),
            NormaliseLanguages(validation, iso),
            Codes.Ids(validation, "communityIds", CommunityIds, 50),
            validation.List("topicCodes", TopicCodes, 30, (path, value) => Codes.CatalogueCode(validation, path, value)),
            validation.Text("gender", Gender, 50, required: false),
            Codes.Municipality(validation, "homeMunicipalityCode", HomeMunicipalityCode),
            validation.List("travelMunicipalityCodes", TravelMunicipalityCodes, 400, (path, value) => Codes.Municipality(validation, path, value)),
            validation.List("travelProvinceCodes", TravelProvinceCodes, 12, (path, value) => Codes.Province(validation, path, value)),
            availability,
            absences,
            validation.Range("maxSessionsPerMonth", MaxSessionsPerMonth, 1, MaxSessionsPerMonthLimit));
    }

    private List<LanguageDraft> NormaliseLanguages(Validation validation, IsoCodes iso)
    {
        var languages = validation.List("languages", Languages, 20, (path, language) =>
        {
            if (language is null)
            {
                return Codes.Missing<LanguageDraft>(validation, path);
            }
            var code = Codes.Language(validation, $"{path}.code", language.Code, iso);
            if (language.Proficiency is not { } proficiency || !Enum.IsDefined(proficiency))
            {
                validation.Add($"{path}.proficiency", "Must be one of: basic, good, fluent, native.");
                return null;
            }
            return code is null ? null : new LanguageDraft(code, proficiency);
        }, required: true);
        foreach (var duplicate in languages.GroupBy(l => l.Code).Where(g => g.Count() > 1))
        {
            validation.Add("languages", $"{duplicate.Key} is listed more than once.");
        }
        return languages;
    }
}

public sealed record LanguageDraft([property: Required] string? Code, [property: Required] Proficiency? Proficiency);

/// <summary>Weekly windows and absences: what a leader may change about themself.</summary>
public sealed record AvailabilityDraft(IReadOnlyList<AvailabilityWindow>? Availability, IReadOnlyList<Absence>? Absences) : IExample<AvailabilityDraft>
{
    public static AvailabilityDraft Example => new([new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(19, 0), new TimeOnly(21, 30)), new AvailabilityWindow(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(13, 0))], [new Absence(new DateOnly(2027, 7, 19), new DateOnly(2027, 8, 13))]);

    public (List<AvailabilityWindow> Availability, List<Absence> Absences) Normalise(Validation validation)
    {
        var windows = validation.List("availability", Availability, 28, (path, window) =>
        {
            if (window is null)
            {
                return Codes.Missing<AvailabilityWindow>(validation, path);
            }
            if (!Enum.IsDefined(window.Day))
            {
                validation.Add($"{path}.day", "Must be a day of the week, such as monday.");
                return null;
            }
            if (window.From >= window.To)
            {
                validation.Add($"{path}.to", "Must be later than from on the same day.");
                return null;
            }
            return window;
        });
        foreach (var day in windows.GroupBy(w => w.Day))
        {
            var ordered = day.OrderBy(w => w.From).ToList();
            if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second.From < pair.First.To))
            {
                validation.Add("availability", $"The windows on {Codes.Kebab(day.Key)} overlap; join them into one.");
            }
        }
        var absences = validation.List("absences", Absences, 200, (path, absence) =>
        {
            if (absence is null)
            {
                return Codes.Missing<Absence>(validation, path);
            }
            if (absence.To < absence.From)
            {
                validation.Add($"{path}.to", "Must be on or after from.");
                return null;
            }
            return absence;
        });
        return (windows, absences);
    }
}
