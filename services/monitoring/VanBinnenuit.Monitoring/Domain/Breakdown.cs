using System.Globalization;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Domain;

/// <summary>What the sessions are counted by.</summary>
public enum Dimension
{
    Province,
    Municipality,
    Community,
    /// <summary>A series' topics; a session with two themes counts under both, so theme rows do not add up to the total.</summary>
    Theme,
    Audience,
}

public enum Granularity
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// Held sessions and people reached (attendance minus those who returned, with its records' keys) of
/// one dimension value in one month (Dutch local time): the finest grain the breakdown needs, summed by the database.
/// </summary>
public sealed record MonthCell(string Key, int Year, int Month, int Sessions, CellSum People);

/// <summary>A dimension value's counts per period; <c>null</c> for a figure of fewer people than the threshold.</summary>
public sealed record BreakdownRow(
    string Key, string Name, IReadOnlyList<int> SessionsHeld, int SessionsHeldTotal, IReadOnlyList<long?> PeopleReached,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] long? PeopleReachedTotal);

public sealed record BreakdownTable(
    IReadOnlyList<string> Periods, IReadOnlyList<BreakdownRow> Rows, IReadOnlyList<int> SessionsHeldTotals, int SessionsHeldTotal,
    IReadOnlyList<long?> PeopleReachedTotals, long? PeopleReachedTotal);

/// <summary>
/// Held sessions and people reached per dimension value and period. Every figure about people is a
/// cell of its own (a value in a period, a value over the whole period, all values in a period, all
/// of it), protected by <see cref="FigureProtection"/> from its own records: totals are not sums of
/// protected parts, so a total minus its other parts says nothing exact.
/// </summary>
public static class Breakdown
{
    public static string Period(int year, int month, Granularity granularity) => granularity switch
    {
        Granularity.Month => $"{year:D4}-{month:D2}",
        Granularity.Quarter => $"{year:D4}-K{((month - 1) / 3) + 1}",
        _ => year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <param name="cells">Per dimension value and month.</param>
    /// <param name="monthTotals">Per month over all sessions, each counted once (for themes this is not the sum of the rows).</param>
    public static BreakdownTable Build(IReadOnlyList<MonthCell> cells, IReadOnlyList<MonthCell> monthTotals, Granularity granularity,
        Func<string, string> name, FigureProtection protection)
    {
        var periods = monthTotals.Select(c => Period(c.Year, c.Month, granularity)).Distinct().Order(StringComparer.Ordinal).ToList();
        var keys = cells.Select(c => c.Key).Distinct().OrderBy(name, StringComparer.CurrentCulture).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var columnIndex = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var rowIndex = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var held = new int[keys.Count, periods.Count];
        var people = new CellSum[keys.Count, periods.Count];
        var heldTotals = new int[periods.Count];
        var peopleTotals = new CellSum[periods.Count];
        foreach (var cell in cells)
        {
            var (r, c) = (rowIndex[cell.Key], columnIndex[Period(cell.Year, cell.Month, granularity)]);
            held[r, c] += cell.Sessions;
            people[r, c] += cell.People;
        }
        foreach (var total in monthTotals)
        {
            var c = columnIndex[Period(total.Year, total.Month, granularity)];
            heldTotals[c] += total.Sessions;
            peopleTotals[c] += total.People;
        }
        long? Protect(CellSum cell) => protection.Count(cell, Measure.PeopleReached);
        var columns = Enumerable.Range(0, periods.Count).ToList();
        var rows = keys.Select((key, r) =>
        {
            var sessions = columns.Select(c => held[r, c]).ToList();
            return new BreakdownRow(key, name(key), sessions, sessions.Sum(), [.. columns.Select(c => Protect(people[r, c]))],
                Protect(CellSum.Sum(columns.Select(c => people[r, c]))));
        }).ToList();
        return new BreakdownTable(periods, rows, heldTotals, heldTotals.Sum(), keys.Count == 0 ? [] : [.. peopleTotals.Select(Protect)],
            keys.Count == 0 ? 0 : Protect(CellSum.Sum(peopleTotals)));
    }
}
