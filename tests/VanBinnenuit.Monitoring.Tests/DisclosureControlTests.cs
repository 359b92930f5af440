using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>The rules of the cell key method, without a database: what every published figure about people relies on.</summary>
public sealed class DisclosureControlTests
{
    private static readonly SuppressionRules Rules = new();
    private static readonly PerturbationTable Table = Rules.Table();
    private static readonly FigureProtection Protection = Rules.Protection(exact: false);

    [Fact]
    public void Every_row_of_the_perturbation_table_is_unbiased_within_the_bound_and_never_turns_people_into_none()
    {
        for (var value = 1L; value <= 30; value++)
        {
            var row = Table.Row(value);
            Assert.Equal(1.0, row.Sum(x => x.Probability), 9);
            Assert.Equal(0.0, row.Sum(x => x.Probability * x.Adjustment), 9);
            Assert.All(row, x => Assert.InRange(x.Adjustment, -Table.Bound, Table.Bound));
            Assert.All(row, x => Assert.True(value + x.Adjustment >= 1, $"{value} could become {value + x.Adjustment}"));
        }
        Assert.Equal(8, Table.Bound);
        Assert.Equal(4.11, Table.Variance(9), 9);
    }

    [Fact]
    public void The_published_adjustment_is_unbiased_over_many_keys()
    {
        var random = new Random(20261201);
        foreach (var value in new long[] { 2, 3, 5, 8, 40 })
        {
            const int draws = 200_000;
            var sum = 0.0;
            for (var i = 0; i < draws; i++)
            {
                sum += Protection.Adjusted(new CellSum(value, random.NextInt64(RecordKey.Range)), Measure.PeopleReached) - value;
            }
            // Four standard errors: a biased table (even by 0.05) fails this, a fair one passes all but once in 15,000 runs.
            Assert.InRange(sum / draws, -4 * Math.Sqrt(Table.Variance(value) / draws), 4 * Math.Sqrt(Table.Variance(value) / draws));
        }
    }

    [Fact]
    public void Zero_stays_zero_and_no_adjusted_count_is_negative()
    {
        var random = new Random(7);
        for (var i = 0; i < 10_000; i++)
        {
            var value = random.Next(0, 60);
            var adjusted = Protection.Adjusted(new CellSum(value, random.NextInt64(RecordKey.Range)), (Measure)random.Next(0, 10));
            Assert.True(value == 0 ? adjusted == 0 : adjusted >= 1, $"{value} became {adjusted}");
        }
        Assert.Equal(0, Protection.Count(CellSum.Empty, Measure.Attendances));
    }

    [Fact]
    public void The_same_records_get_the_same_adjustment_in_every_table_whatever_order_they_are_added_in()
    {
        var reports = Enumerable.Range(0, 7).Select(i => new CellSum(3 + i, 977_000_000L * (i + 1))).ToList();
        var one = Protection.Count(CellSum.Sum(reports), Measure.PeopleReached);
        var other = Protection.Count(CellSum.Sum(Enumerable.Reverse(reports).Take(3)) + CellSum.Sum(reports.Take(4)), Measure.PeopleReached);
        Assert.Equal(one, other);

        // One community's April in a breakdown per month: the month, the row's year and the column total are all that cell.
        var april = new[] { new MonthCell("c1", 2026, 4, 3, CellSum.Sum(reports)) };
        var table = Breakdown.Build(april, april, Granularity.Month, key => key, Protection);
        Assert.Equal(one, table.Rows[0].PeopleReached[0]);
        Assert.Equal(one, table.Rows[0].PeopleReachedTotal);
        Assert.Equal(one, table.PeopleReachedTotal);
    }

    [Fact]
    public void A_total_is_protected_as_a_cell_of_its_own_records_not_as_the_sum_of_protected_parts()
    {
        var cells = new[]
        {
            new MonthCell("a", 2026, 4, 1, new CellSum(10, 1_234_567_891)),
            new MonthCell("b", 2026, 4, 1, new CellSum(2, 3_000_000_017)),
            new MonthCell("c", 2026, 4, 1, new CellSum(12, 45_678_901)),
        };
        var total = new[] { new MonthCell("", 2026, 4, 3, CellSum.Sum(cells.Select(c => c.People))) };
        var table = Breakdown.Build(cells, total, Granularity.Month, key => key, Protection);
        Assert.Equal(Protection.Count(new CellSum(24, 1_234_567_891 + 3_000_000_017 + 45_678_901), Measure.PeopleReached), table.PeopleReachedTotal);
        Assert.Equal(table.PeopleReachedTotal, table.PeopleReachedTotals[0]);
    }

    [Fact]
    public void Two_figures_of_the_same_records_are_not_the_same_draw()
    {
        // Attendance and people reached share records; were they adjusted alike, their difference (who returned) would be exact.
        var random = new Random(11);
        var differentDraws = Enumerable.Range(0, 2_000).Count(_ =>
        {
            var keys = random.NextInt64(RecordKey.Range);
            return Table.Adjustment(40, RecordKey.Position(keys, Measure.Attendances)) != Table.Adjustment(40, RecordKey.Position(keys, Measure.PeopleReached));
        });
        Assert.InRange(differentDraws, 1_400, 1_800);
    }

    [Fact]
    public void Small_adjusted_counts_are_published_as_fewer_than_the_threshold()
    {
        Assert.Null(Protection.Shown(1));
        Assert.Null(Protection.Shown(4));
        Assert.Equal(5, Protection.Shown(5));
        Assert.Equal(0, Protection.Shown(0));
        Assert.Null(Protection.Share(5, 9));
        Assert.Equal(50m, Protection.Share(5, 10));
    }

    [Fact]
    public void A_table_that_is_not_symmetric_or_does_not_add_up_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PerturbationTable([0.2, 0.5, 0.3]));
        Assert.Throws<ArgumentException>(() => new PerturbationTable([0.2, 0.5, 0.2]));
        Assert.Throws<ArgumentException>(() => new PerturbationTable([0.5, 0.5]));
    }

    [Theory]
    [InlineData("2026-09", "2026-09-01", "2026-09-30")]
    [InlineData("2026-K3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-q4", "2026-10-01", "2026-12-31")]
    [InlineData("2027", "2027-01-01", "2027-12-31")]
    [InlineData("programme", "2026-01-01", "2028-12-31")]
    public void Grid_periods_are_whole_months_quarters_years_or_the_programme(string text, string first, string last)
    {
        var period = GridPeriod.Parse(text, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (period!.First, period.Last));
    }

    [Theory]
    [InlineData("2026-09-01")]
    [InlineData("2026-13")]
    [InlineData("2026-K5")]
    [InlineData("last-month")]
    [InlineData("")]
    public void Anything_else_is_not_a_grid_period(string text) =>
        Assert.Null(GridPeriod.Parse(text, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)));
}
