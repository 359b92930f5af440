using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Tests;

public sealed class AttitudeShiftTests
{
    private static List<AttitudeHistogram> Histograms(params int[][] counts) =>
        [.. counts.Select((c, i) => new AttitudeHistogram { Counts = c, RecordKey = 1_000_003L * (i + 1) })];

    private static readonly FigureProtection Protection = new SuppressionRules().Protection(exact: false);

    [Fact]
    public void The_exact_shift_adds_the_series_histograms_per_option_and_compares_after_with_before()
    {
        var shift = AttitudeShift.Of(Histograms([4, 3, 2, 1, 0], [2, 2, 2, 0, 0]), Histograms([0, 1, 2, 4, 3], [0, 0, 2, 2, 2]), FigureProtection.Exact);
        // Before: 16 people, (6×1 + 5×2 + 4×3 + 1×4) / 16 = 32/16 = 2.00, 1 of 16 agree (6.3%).
        Assert.Equal((16L, 2.00m, 6.3m), (shift.Before.N!.Value, shift.Before.Mean!.Value, shift.Before.ShareAgreeing!.Value));
        // After: 16 people, (1×2 + 4×3 + 6×4 + 5×5) / 16 = 63/16 = 3.94, 11 of 16 agree (68.8%).
        Assert.Equal((16L, 3.94m, 68.8m), (shift.After.N!.Value, shift.After.Mean!.Value, shift.After.ShareAgreeing!.Value));
        Assert.Equal((1.94m, 62.5m), (shift.MeanShift!.Value, shift.AgreeingShift!.Value));
    }

    [Fact]
    public void Protected_means_and_shares_come_from_protected_counts_rounded_to_one_decimal_and_whole_percents()
    {
        var before = Histograms([10, 10, 5, 3, 2]);
        var after = Histograms([2, 3, 5, 10, 10]);
        var shift = AttitudeShift.Of(before, after, Protection);
        var keys = before.Sum(h => h.RecordKey);
        var options = Enumerable.Range(0, 5).Select(i => Protection.Adjusted(new CellSum(before[0].Counts[i], keys), (Measure)((int)Measure.Option1 + i))).ToList();
        Assert.Equal(FigureProtection.Round((decimal)options.Select((c, i) => c * (i + 1)).Sum() / options.Sum(), 1), shift.Before.Mean);
        Assert.Equal(FigureProtection.Round(100m * (options[3] + options[4]) / options.Sum(), 0), shift.Before.ShareAgreeing);
        Assert.Equal(Protection.Count(new CellSum(30, keys), Measure.Answers), shift.Before.N);
        Assert.Equal(decimal.Round(shift.MeanShift!.Value, 1), shift.MeanShift);
        Assert.Equal(decimal.Round(shift.AgreeingShift!.Value, 0), shift.AgreeingShift);
    }

    [Fact]
    public void A_moment_answered_by_fewer_than_the_minimum_denominator_shows_no_mean_share_or_shift()
    {
        // Six answers: 66.7 % and then 83.3 % agreeing would say how many disagree; below ten answers nothing derived is shown.
        var shift = AttitudeShift.Of(Histograms([1, 1, 0, 2, 2]), Histograms([0, 0, 2, 4, 3]), Protection);
        Assert.Null(shift.Before.Mean);
        Assert.Null(shift.Before.ShareAgreeing);
        Assert.Null(shift.After.Mean);
        Assert.Null(shift.MeanShift);
        Assert.Null(shift.AgreeingShift);
    }
}
