using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace VanBinnenuit.Registry.Domain;

/// <summary>One ISO 639-3 language, with its ISO 639-1 code where it has one.</summary>
public sealed record IsoLanguage(string Alpha3, string? Alpha2, string EnglishName)
{
    /// <summary>The stored form: ISO 639-1 where there is one (<c>ar</c>), otherwise ISO 639-3 (<c>prs</c>).</summary>
    public string Code => Alpha2 ?? Alpha3;
}

/// <summary>One ISO 3166-1 country by its alpha-2 code.</summary>
public sealed record IsoCountry(string Code, string EnglishName);

/// <summary>
/// The ISO 639 languages and ISO 3166-1 countries the registry accepts, and the form it stores each
/// in. The tables come from outside the domain (<c>Data/IsoCodeTables</c>); the rules are here.
/// </summary>
public sealed class IsoCodes
{
    private readonly FrozenDictionary<string, string> languages;
    private readonly FrozenSet<string> countries;

    public IsoCodes(IReadOnlyList<IsoLanguage> languages, IReadOnlyList<IsoCountry> countries)
    {
        // Both codes of a language lead to its stored form, so "ara" and "ar" are both accepted as ar.
        this.languages = languages
            .SelectMany(l => l.Alpha2 is null ? [(l.Alpha3, l.Code)] : new[] { (l.Alpha3, l.Code), (l.Alpha2, l.Code) })
            .DistinctBy(pair => pair.Item1)
            .ToFrozenDictionary(pair => pair.Item1, pair => pair.Item2);
        this.countries = countries.Select(c => c.Code).ToFrozenSet();
        LanguageNames = [.. languages.Select(l => (l.Code, l.EnglishName))];
        CountryNames = [.. countries.Select(c => (c.Code, c.EnglishName))];
    }

    /// <summary>Every language by its stored code, with the ISO table's English reference name.</summary>
    public IReadOnlyList<(string Code, string EnglishName)> LanguageNames { get; }

    /// <summary>Every country by its alpha-2 code, with the ISO table's English name.</summary>
    public IReadOnlyList<(string Code, string EnglishName)> CountryNames { get; }

    /// <summary>Accepts an ISO 639-1 or ISO 639-3 code in any case and gives the stored form.</summary>
    public bool TryLanguage(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: 2 or 3 } && languages.TryGetValue(value.ToLowerInvariant(), out var canonical) ? canonical : null;
        return code is not null;
    }

    /// <summary>Accepts an ISO 3166-1 alpha-2 code in any case and gives it upper-case.</summary>
    public bool TryCountry(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: 2 } && countries.Contains(value.ToUpperInvariant()) ? value.ToUpperInvariant() : null;
        return code is not null;
    }
}
