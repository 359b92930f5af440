using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>Suppression on hand-built tables: what is hidden, and that nothing hidden can be worked out from what is shown.</summary>
public sealed class SmallCellsTests
{
    private static long[,] Table(params long[][] rows)
    {
        var table = new long[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[0].Length; c++)
            {
                table[r, c] = rows[r][c];
            }
        }
        return table;
    }

    [Fact]
    public void A_table_without_small_cells_is_shown_whole()
    {
        var shown = SmallCells.Suppress(Table([10, 20], [30, 40]), 5);
        Assert.Equal([10L, 20L, 30L, 40L], Cells(shown));
        Assert.Equal(100, shown.Total);
    }

    [Fact]
    public void One_small_cell_takes_a_partner_in_its_row_and_its_column_and_the_fourth_corner_closes_the_rectangle()
    {
        // Women/men × two municipalities; 3 would follow from the row total 15 minus 12 if only it were hidden.
        var shown = SmallCells.Suppress(Table([3, 12], [20, 25]), 5);
        Assert.Null(shown.Cells[0, 0]);
        Assert.Null(shown.Cells[0, 1]);
        Assert.Null(shown.Cells[1, 0]);
        Assert.Null(shown.Cells[1, 1]);
        Assert.Equal(60, shown.Total);
        AssertNothingHiddenCanBeDerived(shown);
    }

    [Fact]
    public void In_a_single_column_the_row_totals_are_the_cells_and_hide_with_them()
    {
        var shown = SmallCells.Suppress(Table([33], [3]), 5);
        Assert.Equal([null, null], Cells(shown));
        Assert.Equal([null, null], shown.RowTotals);
        Assert.Equal(36, shown.Total);
    }

    [Fact]
    public void Zero_is_shown_it_describes_nobody_and_a_total_below_the_threshold_is_hidden()
    {
        var shown = SmallCells.Suppress(Table([0, 2, 1]), 5);
        Assert.Equal(0, shown.Cells[0, 0]);
        Assert.Null(shown.Cells[0, 1]);
        Assert.Null(shown.Cells[0, 2]);
        Assert.Null(shown.Total);
    }

    [Fact]
    public void In_a_list_one_small_value_and_its_total_would_reveal_it_so_the_next_smallest_goes_too()
    {
        var (values, total) = SmallCells.Suppress([40, 3, 12, 9], 5);
        Assert.Equal([40L, null, 12L, null], values);
        Assert.Equal(64, total);
    }

    [Fact]
    public void Generated_tables_never_leave_a_line_with_exactly_one_hidden_entry()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            var table = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    table[r, c] = random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 60);
                }
            }
            var shown = SmallCells.Suppress(table, 5);
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    Assert.True(shown.Cells[r, c] is null || shown.Cells[r, c] == table[r, c]);
                    Assert.False(table[r, c] is > 0 and < 5 && shown.Cells[r, c] is not null, "a small cell is shown");
                }
            }
            AssertNothingHiddenCanBeDerived(shown);
        }
    }

    private static long?[] Cells(SuppressedTable table) => [.. table.Cells.Cast<long?>()];

    // No row (cells + row total), column (cells + column total) or margin line has exactly one hidden entry.
    private static void AssertNothingHiddenCanBeDerived(SuppressedTable t)
    {
        var rowTotals = t.Rows == 1 ? [t.Total] : t.RowTotals;
        var columnTotals = t.Columns == 1 ? [t.Total] : t.ColumnTotals;
        if (t.Columns > 1)
        {
            for (var r = 0; r < t.Rows; r++)
            {
                Assert.NotEqual(1, Enumerable.Range(0, t.Columns).Count(c => t.Cells[r, c] is null) + (rowTotals[r] is null ? 1 : 0));
            }
        }
        if (t.Rows > 1)
        {
            for (var c = 0; c < t.Columns; c++)
            {
                Assert.NotEqual(1, Enumerable.Range(0, t.Rows).Count(r => t.Cells[r, c] is null) + (columnTotals[c] is null ? 1 : 0));
            }
        }
        if (t.Rows > 1 && t.Columns > 1)
        {
            Assert.NotEqual(1, t.RowTotals.Count(v => v is null) + (t.Total is null ? 1 : 0));
            Assert.NotEqual(1, t.ColumnTotals.Count(v => v is null) + (t.Total is null ? 1 : 0));
        }
    }
}
