using System.Globalization;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Web.Components.Pages.Results;

/// <summary>
/// The period and municipality a results page shows, from its address, as the monitoring API's query.
/// Periods are the API's fixed grid (the programme, a year, a quarter or a month): figures about
/// people are only published for those, so that no two questions can be subtracted to single out a few people.
/// </summary>
public sealed record IndicatorFilter(string? Period, string? Municipality)
{
    /// <summary>The API's query (<c>period=…&amp;municipality=…</c>); the API checks the period and says what it accepts.</summary>
    public string Query() => string.Join('&', new[] { ("period", Period), ("municipality", Municipality) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!.Trim())}"));

    /// <summary>The periods to choose from, with their Dutch names: the programme, then each year with its quarters and months.</summary>
    public static IEnumerable<(string Value, string Label)> Choices(ProgrammeTarget programme)
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
