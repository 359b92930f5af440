using System.Text.Json;

namespace VanBinnenuit.Vocabulary;

/// <summary>Enum values as every service writes them in JSON, CSV and events: kebab-case words (<c>in-progress</c>).</summary>
public static class EnumWords
{
    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Reads a value written as <see cref="Kebab"/> writes it (any letter case).</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var match = Enum.GetValues<TEnum>().Where(v => Kebab(v) == text?.Trim().ToLowerInvariant()).ToList();
        value = match.FirstOrDefault();
        return match.Count == 1;
    }
}
