using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Domain;

/// <summary>Checks for the coded values drafts carry, each adding its problem under the field's path.</summary>
public static partial class Codes
{
    public delegate bool TryParse(string? value, [NotNullWhen(true)] out string? code);

    public static string? Check(Validation validation, string path, string? value, TryParse parse, string reason)
    {
        if (parse(value?.Trim(), out var code))
        {
            return code;
        }
        validation.Add(path, reason);
        return null;
    }

    public static string? Language(Validation validation, string path, string? value, IsoCodes iso) =>
        Check(validation, path, value, iso.TryLanguage, "Must be an ISO 639-1 or ISO 639-3 language code such as ar or prs.");

    /// <summary>The shape of a catalogue code; whether the catalogue holds it is checked against the database.</summary>
    public static string? CatalogueCode(Validation validation, string path, string? value) =>
        Check(validation, path, value, TryCatalogueCode, "Must be a catalogue code: lower-case words joined by hyphens, such as human-rights.");

    public static bool TryCatalogueCode(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: <= 40 } && CataloguePattern().IsMatch(value) ? value : null;
        return code is not null;
    }

    public static string? Municipality(Validation validation, string path, string? value) =>
        Check(validation, path, value, CbsCodes.TryParseMunicipality, "Must be a CBS municipality code such as GM0363.");

    public static string? Province(Validation validation, string path, string? value) =>
        Check(validation, path, value, CbsCodes.TryParseProvince, "Must be a CBS province code such as PV27.");

    /// <summary>KvK numbers are eight digits; since 2016 they carry no check digit, so the shape is all there is to check.</summary>
    public static bool TryKvkNumber(string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is { Length: 8 } && value.All(char.IsAsciiDigit) ? value : null;
        return code is not null;
    }

    /// <summary>How an enum value is written in JSON and CSV: <c>migrant-self-organisation</c>.</summary>
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => Vocabulary.EnumWords.Kebab(value);

    /// <summary>Distinct, non-empty ids; the database check that they exist comes later.</summary>
    public static List<Guid> Ids(Validation validation, string name, IReadOnlyList<Guid>? ids, int maxCount)
    {
        ids ??= [];
        if (ids.Count > maxCount)
        {
            validation.Add(name, $"At most {maxCount} entries.");
            return [];
        }
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == Guid.Empty)
            {
                validation.Add($"{name}[{i}]", "Must be the id of a registered entry, not the empty id.");
            }
        }
        return [.. ids.Where(id => id != Guid.Empty).Distinct()];
    }

    /// <summary>Reads an enum value written as <see cref="Kebab"/> writes it.</summary>
    public static bool TryEnum<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum => Vocabulary.EnumWords.TryParse(value, out result);

    public static T? Missing<T>(Validation validation, string path) where T : class
    {
        validation.Add(path, "Is required.");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CataloguePattern();
}
