using System.Globalization;
using System.Text.RegularExpressions;

namespace VanBinnenuit.Monitoring.Domain.Disclosure;

/// <summary>
/// A period figures about people are published for: a month (<c>2026-09</c>), a quarter (<c>2026-K3</c>),
/// a year (<c>2026</c>) or the programme period (<c>programme</c>). A fixed grid: free from/until
/// dates would let anyone shift a period by a day and get the same small group again with fresh noise.
/// </summary>
public sealed partial record GridPeriod(string Name, DateOnly First, DateOnly Last)
{
    public const string Allowed = "period=programme, a year (2027), a quarter (2027-K1) or a month (2027-03)";

    public static GridPeriod Programme(DateOnly from, DateOnly until) => new("programme", from, until);

    public static GridPeriod Year(int year) => new(year.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static GridPeriod Quarter(int year, int quarter) =>
        new($"{year:D4}-K{quarter}", new DateOnly(year, (quarter * 3) - 2, 1), new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1));

    public static GridPeriod Month(int year, int month) =>
        new($"{year:D4}-{month:D2}", new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));

    /// <summary>Reads a period's name (quarters as <c>K</c>, Dutch, or <c>Q</c>); null for anything else.</summary>
    public static GridPeriod? Parse(string? text, DateOnly programmeFrom, DateOnly programmeUntil)
    {
        var value = text?.Trim() ?? "";
        if (value.Equals("programme", StringComparison.OrdinalIgnoreCase))
        {
            return Programme(programmeFrom, programmeUntil);
        }
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }
        if (match.Groups["quarter"].Success)
        {
            return Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
        }
        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? Month(year, month) : null;
        }
        return Year(year);
    }

    /// <summary>Every period of the grid from <paramref name="from"/> to <paramref name="until"/>: the programme, its years, quarters and months.</summary>
    public static IEnumerable<GridPeriod> All(DateOnly from, DateOnly until)
    {
        yield return Programme(from, until);
        for (var year = from.Year; year <= until.Year; year++)
        {
            yield return Year(year);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                yield return Quarter(year, quarter);
            }
            for (var month = 1; month <= 12; month++)
            {
                yield return Month(year, month);
            }
        }
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?:[KkQq](?<quarter>[1-4])|(?<month>\d{2})))?$")]
    private static partial Regex Pattern();
}
