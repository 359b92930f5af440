using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CsvHelper;

namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// ISO 639 languages and ISO 3166-1 countries, from Debian's iso-codes tables embedded in the
/// service. A language is stored by its two-letter ISO 639-1 code where it has one (<c>ar</c>),
/// otherwise by its ISO 639-3 code (<c>prs</c> for Dari, <c>srn</c> for Sranan Tongo).
/// </summary>
public static class IsoCodes
{
    private static readonly FrozenDictionary<string, string> Languages = LoadLanguages();
    private static readonly FrozenSet<string> Countries = Load("iso-3166-1.csv", row => row[0]).ToFrozenSet();

    /// <summary>Every language by its stored code, with the ISO table's English reference name.</summary>
    public static IReadOnlyList<(string Code, string EnglishName)> LanguageNames { get; } =
        [.. Load("iso-639-3.csv", row => (Code: row[1].Length == 2 ? row[1] : row[0], EnglishName: row[2]))];

    /// <summary>Every country by its alpha-2 code, with the ISO table's English name.</summary>
    public static IReadOnlyList<(string Code, string EnglishName)> CountryNames { get; } = [.. Load("iso-3166-1.csv", row => (row[0], row[1]))];

    /// <summary>Accepts an ISO 639-1 or ISO 639-3 code in any case and gives the stored form.</summary>
    public static bool TryLanguage(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: 2 or 3 } && Languages.TryGetValue(value.ToLowerInvariant(), out var canonical) ? canonical : null;
        return code is not null;
    }

    /// <summary>Accepts an ISO 3166-1 alpha-2 code in any case and gives it upper-case.</summary>
    public static bool TryCountry(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: 2 } && Countries.Contains(value.ToUpperInvariant()) ? value.ToUpperInvariant() : null;
        return code is not null;
    }

    private static FrozenDictionary<string, string> LoadLanguages()
    {
        var codes = new Dictionary<string, string>();
        foreach (var (alpha3, alpha2) in Load("iso-639-3.csv", row => (Alpha3: row[0], Alpha2: row[1])))
        {
            var canonical = alpha2.Length == 2 ? alpha2 : alpha3;
            codes[alpha3] = canonical;
            if (alpha2.Length == 2)
            {
                codes[alpha2] = canonical;
            }
        }
        return codes.ToFrozenDictionary();
    }

    private static IEnumerable<T> Load<T>(string resource, Func<string[], T> select)
    {
        using var stream = typeof(IsoCodes).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded table {resource} is missing.");
        using var reader = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(select(reader.Parser.Record!));
        }
        return rows;
    }
}
