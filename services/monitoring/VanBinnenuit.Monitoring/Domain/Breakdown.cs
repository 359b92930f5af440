using System.Globalization;

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
/// Held sessions and people reached (attendance minus those who returned) of one dimension value
/// in one month (Dutch local time): the finest grain the breakdown needs, summed by the database.
/// </summary>
public sealed record MonthCell(string Key, int Year, int Month, int Sessions, long People);

/// <summary>A dimension value's counts per period; <c>null</c> for a suppressed figure about people.</summary>
public sealed record BreakdownRow(string Key, string Name, IReadOnlyList<int> SessionsHeld, int SessionsHeldTotal, IReadOnlyList<long?> PeopleReached, long? PeopleReachedTotal);

public sealed record BreakdownTable(
    IReadOnlyList<string> Periods, IReadOnlyList<BreakdownRow> Rows, IReadOnlyList<int> SessionsHeldTotals, int SessionsHeldTotal,
    IReadOnlyList<long?> PeopleReachedTotals, long? PeopleReachedTotal);

/// <summary>
/// Held sessions and people reached (attendance minus those who returned) per dimension value and
/// period, with the people figures through <see cref="SmallCells"/>: as one table with its margins
/// where rows add up, row by row where they do not (themes).
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
    public static BreakdownTable Build(IReadOnlyList<MonthCell> cells, IReadOnlyList<MonthCell> monthTotals, Granularity granularity, bool additive,
        Func<string, string> name, int threshold)
    {
        var periods = monthTotals.Select(c => Period(c.Year, c.Month, granularity)).Distinct().Order(StringComparer.Ordinal).ToList();
        var keys = cells.Select(c => c.Key).Distinct().OrderBy(name, StringComparer.CurrentCulture).ThenBy(k => k, StringComparer.Ordinal).ToList();
        var held = new int[keys.Count, periods.Count];
        var people = new long[keys.Count, periods.Count];
        var heldTotals = new int[periods.Count];
        var peopleTotals = new long[periods.Count];
        var rowIndex = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var columnIndex = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
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

        var rows = new List<BreakdownRow>();
        long?[] shownTotals;
        long? shownTotal;
        if (additive)
        {
            var shown = SmallCells.Suppress(people, threshold);
            for (var r = 0; r < keys.Count; r++)
            {
                rows.Add(Row(keys[r], name(keys[r]), held, r, [.. Enumerable.Range(0, periods.Count).Select(c => shown.Cells[r, c])], shown.Rows == 1 ? shown.Total : shown.RowTotals[r]));
            }
            shownTotals = shown.Columns == 1 ? [shown.Total] : [.. shown.ColumnTotals];
            shownTotal = shown.Total;
        }
        else
        {
            for (var r = 0; r < keys.Count; r++)
            {
                var (values, total) = SmallCells.Suppress([.. Enumerable.Range(0, periods.Count).Select(c => people[r, c])], threshold);
                rows.Add(Row(keys[r], name(keys[r]), held, r, values, total));
            }
            (shownTotals, shownTotal) = SmallCells.Suppress(peopleTotals, threshold);
        }
        return new BreakdownTable(periods, rows, heldTotals, heldTotals.Sum(), keys.Count == 0 ? [] : shownTotals, keys.Count == 0 ? 0 : shownTotal);
    }

    private static BreakdownRow Row(string key, string name, int[,] held, int r, long?[] people, long? peopleTotal)
    {
        var sessions = Enumerable.Range(0, held.GetLength(1)).Select(c => held[r, c]).ToList();
        return new BreakdownRow(key, name, sessions, sessions.Sum(), people, peopleTotal);
    }
}
