using System.Globalization;

namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// The Dutch names of the ISO codes, from ICU's locale data through .NET's globalisation (the service
/// runs with ICU): <c>ar</c> Arabisch, <c>prs</c> Dari, <c>SY</c> Syrië, <c>CW</c> Curaçao. ICU names
/// some hundreds of languages in Dutch; for the thousands of other ISO 639-3 codes the ISO table's
/// English reference name stands in, which is also what a Dutch linguist would write for most of them.
/// </summary>
public static class DutchNames
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>
    /// Every language, in Dutch where ICU knows it, ordered as a Dutch reader looks for it. Some eight
    /// thousand ICU look-ups: a caller works it out once.
    /// </summary>
    public static IReadOnlyList<CodeName> Languages(IsoCodes iso) =>
        Sorted(iso.LanguageNames.DistinctBy(l => l.Code).Select(l => new CodeName(l.Code, Language(l.Code) ?? l.EnglishName)));

    /// <summary>Every country, in Dutch.</summary>
    public static IReadOnlyList<CodeName> Countries(IsoCodes iso) =>
        Sorted(iso.CountryNames.Select(c => new CodeName(c.Code, Country(c.Code) ?? c.EnglishName)));

    /// <summary>The Dutch name ICU gives the language, or null where it has none (it then echoes the code).</summary>
    public static string? Language(string code)
    {
        var name = InDutch(() => new CultureInfo(code).DisplayName);
        return name is null || name.Equals(code, StringComparison.OrdinalIgnoreCase) ? null : Capitalised(name);
    }

    /// <summary>
    /// The Dutch name ICU gives the country, or null. ICU names a region only inside a locale's name
    /// ("Nederlands (Syrië)" for <c>nl-SY</c>), so the name is the part between the brackets.
    /// </summary>
    public static string? Country(string code)
    {
        var name = InDutch(() => new CultureInfo($"nl-{code}").DisplayName);
        var (open, close) = (name?.IndexOf('(') ?? -1, name?.LastIndexOf(')') ?? -1);
        var region = open >= 0 && close > open + 1 ? name![(open + 1)..close] : null;
        return region is null || region.Equals(code, StringComparison.OrdinalIgnoreCase) ? null : region;
    }

    /// <summary>
    /// ICU names a culture in the language of the current UI culture: Dutch for this call only. The
    /// cultures are made, not taken from .NET's cache, which would keep eight thousand of them.
    /// </summary>
    private static string? InDutch(Func<string> name)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Dutch;
            return name();
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // ICU writes a few names lower-case, as running text would ("meerdere talen" for mul); a list reads them capitalised.
    private static string Capitalised(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpper(name[0], Dutch) + name[1..] : name;

    private static IReadOnlyList<CodeName> Sorted(IEnumerable<CodeName> names) =>
        [.. names.OrderBy(n => n.Name, StringComparer.Create(Dutch, CompareOptions.IgnoreCase)).ThenBy(n => n.Code, StringComparer.Ordinal)];
}

/// <summary>A code as the APIs store it and the name a Dutch reader reads for it.</summary>
public sealed record CodeName(string Code, string Name);
