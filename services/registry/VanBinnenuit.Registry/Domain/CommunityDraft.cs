using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Registry.Domain;

/// <summary>A community as a client writes it; <see cref="Normalise"/> checks every field at once.</summary>
public sealed record CommunityDraft(
    [property: Required] string? Name,
    IReadOnlyList<string>? OriginCountries,
    IReadOnlyList<string>? Languages,
    string? DiversityNotes,
    IReadOnlyList<string>? ApproachRoutes,
    IReadOnlyList<PresenceDraft>? Presence) : IExample<CommunityDraft>
{
    public static CommunityDraft Example => new("Eritrese gemeenschap", ["ER"], ["ti", "ar"], "Vooral jonge gezinnen en alleenstaande jongeren; kerk en moskee zijn belangrijke ontmoetingsplekken.", ["parenting", "human-rights"], [new PresenceDraft("GM0363", 2_400, "CBS 2025 en eigen telling"), new PresenceDraft("GM0599", 1_800, null)]);

    /// <summary>The draft with canonical codes and trimmed text; problems go to <paramref name="validation"/>.</summary>
    public CommunityDraft Normalise(Validation validation, IsoCodes iso) => new(
        validation.Text("name", Name, 100),
        validation.List("originCountries", OriginCountries, 30, (path, value) =>
            Codes.Check(validation, path, value, iso.TryCountry, "Must be an ISO 3166-1 alpha-2 country code such as SY.")),
        validation.List("languages", Languages, 30, (path, value) => Codes.Language(validation, path, value, iso)),
        validation.Text("diversityNotes", DiversityNotes, 4000, required: false),
        validation.List("approachRoutes", ApproachRoutes, 20, (path, value) => Codes.CatalogueCode(validation, path, value)),
        NormalisePresence(validation));

    private List<PresenceDraft> NormalisePresence(Validation validation)
    {
        var presence = validation.List("presence", Presence, 400, (path, value) => value is null
            ? Codes.Missing<PresenceDraft>(validation, path)
            : value.Normalise(validation, path));
        foreach (var duplicate in presence.GroupBy(p => p.MunicipalityCode).Where(g => g.Count() > 1))
        {
            validation.Add("presence", $"{duplicate.Key} is listed more than once.");
        }
        return presence;
    }
}

public sealed record PresenceDraft([property: Required] string? MunicipalityCode, int? SizeEstimate, string? Source)
{
    public PresenceDraft? Normalise(Validation validation, string path)
    {
        var before = validation.Invalid.Count;
        var code = Codes.Municipality(validation, $"{path}.municipalityCode", MunicipalityCode);
        var size = validation.Range($"{path}.sizeEstimate", SizeEstimate, 1, 10_000_000, required: false);
        var source = validation.Text($"{path}.source", Source, 300, required: false);
        if (size is not null && source is null)
        {
            // A figure without its source would read as fact; the programme claims no figures it cannot trace.
            validation.Add($"{path}.source", "A size estimate needs the source it comes from.");
        }
        return validation.Invalid.Count > before ? null : new PresenceDraft(code, size, source);
    }
}
