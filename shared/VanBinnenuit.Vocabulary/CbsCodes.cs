using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace VanBinnenuit.Vocabulary;

/// <summary>
/// The shapes of CBS region codes: municipalities <c>GM0363</c>, provinces <c>PV27</c>. Every service reads a
/// code through these, so a code one service accepts no other refuses; which codes exist is the registry's.
/// </summary>
public static partial class CbsCodes
{
    /// <summary>Accepts any letter case and returns the canonical upper-case code.</summary>
    public static bool TryParseMunicipality(string? value, [NotNullWhen(true)] out string? code) =>
        TryParse(MunicipalityPattern(), value, out code);

    public static bool TryParseProvince(string? value, [NotNullWhen(true)] out string? code) =>
        TryParse(ProvincePattern(), value, out code);

    private static bool TryParse(Regex pattern, string? value, [NotNullWhen(true)] out string? code)
    {
        code = value is not null && pattern.IsMatch(value) ? value.ToUpperInvariant() : null;
        return code is not null;
    }

    [GeneratedRegex(@"^[Gg][Mm]\d{4}$")]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"^[Pp][Vv]\d{2}$")]
    private static partial Regex ProvincePattern();
}
