using System.Globalization;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Web.Components.Pages.Results;

/// <summary>The periods a results page offers, in the monitoring API's fixed grid, with their Dutch names.</summary>
public static class PeriodChoices
{
    /// <summary>The programme, then each year with its quarters and months.</summary>
    public static IEnumerable<(string Value, string Label)> For(ProgrammeTarget programme)
    {
        yield return ("programme", $"Hele programma ({programme.From.Year}–{programme.Until.Year})");
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        for (var year = programme.From.Year; year <= programme.Until.Year; year++)
        {
            yield return ($"{year}", $"{year}");
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                yield return ($"{year}-K{quarter}", $"{quarter}e kwartaal {year}");
            }
            for (var month = 1; month <= 12; month++)
            {
                yield return ($"{year}-{month:D2}", new DateOnly(year, month, 1).ToString("MMMM yyyy", dutch));
            }
        }
    }
}
