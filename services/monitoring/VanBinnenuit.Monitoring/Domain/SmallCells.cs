namespace VanBinnenuit.Monitoring.Domain;

/// <summary>
/// A table of counts of people after small-cell suppression: null stands for "fewer than the
/// threshold, or a cell hidden so that one cannot be worked out".
/// </summary>
public sealed record SuppressedTable(long?[,] Cells, long?[] RowTotals, long?[] ColumnTotals, long? Total)
{
    public int Rows => Cells.GetLength(0);
    public int Columns => Cells.GetLength(1);
}

/// <summary>
/// Small-cell suppression, the one implementation every answer and export goes through. A cell
/// describing fewer than <c>threshold</c> people (but not none) is hidden (primary suppression);
/// then, while a row or column (its cells with its total, or the totals with the grand total) has
/// exactly one hidden entry, which its total would give away, the smallest other entry of it is
/// hidden too (complementary suppression).
/// </summary>
public static class SmallCells
{
    public static SuppressedTable Suppress(long[,] cells, int threshold)
    {
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var rowTotals = Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Sum(c => cells[r, c])).ToArray();
        var columnTotals = Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Sum(r => cells[r, c])).ToArray();
        var total = rowTotals.Sum();

        // Every entry of the table, cells and margins, as one list; each constraint is a line of entries that must add up.
        var values = new List<long>();
        var cellIndex = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cellIndex[r, c] = values.Count;
                values.Add(cells[r, c]);
            }
        }
        var totalIndex = values.Count;
        values.Add(total);
        // In a table of one row the row total is the grand total and each column total is its cell (and
        // likewise for one column): the same figure is one entry, so hiding it hides it everywhere.
        var rowTotalIndex = rows == 1 ? [totalIndex]
            : columns == 1 ? [.. Enumerable.Range(0, rows).Select(r => cellIndex[r, 0])]
            : rowTotals.Select(v => { values.Add(v); return values.Count - 1; }).ToArray();
        var columnTotalIndex = columns == 1 ? [totalIndex]
            : rows == 1 ? [.. Enumerable.Range(0, columns).Select(c => cellIndex[0, c])]
            : columnTotals.Select(v => { values.Add(v); return values.Count - 1; }).ToArray();

        var lines = new List<(int[] Parts, int Sum)>();
        if (columns > 1)
        {
            lines.AddRange(Enumerable.Range(0, rows).Select(r => (Enumerable.Range(0, columns).Select(c => cellIndex[r, c]).ToArray(), rowTotalIndex[r])));
        }
        if (rows > 1)
        {
            lines.AddRange(Enumerable.Range(0, columns).Select(c => (Enumerable.Range(0, rows).Select(r => cellIndex[r, c]).ToArray(), columnTotalIndex[c])));
        }
        if (rows > 1 && columns > 1)
        {
            lines.Add((columnTotalIndex, totalIndex));
            lines.Add((rowTotalIndex, totalIndex));
        }

        var hidden = values.Select(v => v > 0 && v < threshold).ToArray();
        bool changed;
        do
        {
            changed = false;
            foreach (var (parts, sum) in lines)
            {
                var entries = parts.Append(sum).ToArray();
                if (entries.Count(i => hidden[i]) != 1)
                {
                    continue;
                }
                // Hide the smallest visible part with people in it; failing that, the line's total.
                var candidate = parts.Where(i => !hidden[i] && values[i] > 0).OrderBy(i => values[i]).Cast<int?>().FirstOrDefault()
                    ?? (hidden[sum] ? parts.Where(i => !hidden[i]).Cast<int?>().FirstOrDefault() : sum);
                if (candidate is { } next)
                {
                    hidden[next] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        long? Shown(int i) => hidden[i] ? null : values[i];
        var shownCells = new long?[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                shownCells[r, c] = Shown(cellIndex[r, c]);
            }
        }
        return new SuppressedTable(shownCells, [.. rowTotalIndex.Select(Shown)], [.. columnTotalIndex.Select(Shown)], Shown(totalIndex));
    }

    /// <summary>A list of counts with its total (one row of a table).</summary>
    public static (long?[] Values, long? Total) Suppress(IReadOnlyList<long> values, int threshold)
    {
        var table = new long[1, values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            table[0, i] = values[i];
        }
        var result = Suppress(table, threshold);
        return ([.. Enumerable.Range(0, values.Count).Select(i => result.Cells[0, i])], result.Total);
    }

    /// <summary>One count on its own: shown when it describes nobody or at least <paramref name="threshold"/> people.</summary>
    public static long? Suppress(long value, int threshold) => value > 0 && value < threshold ? null : value;
}
