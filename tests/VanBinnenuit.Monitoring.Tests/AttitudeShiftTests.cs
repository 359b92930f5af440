using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Tests;

public sealed class AttitudeShiftTests
{
    [Fact]
    public void The_mean_and_share_agreeing_are_worked_out_from_the_histogram()
    {
        // 2×1 + 2×2 + 2×3 + 2×4 + 2×5 = 30 over 10 people: mean 3; 4 of 10 agree.
        var summary = AnswerSummary.Of([2, 2, 2, 2, 2]);
        Assert.Equal((10L, 3.00m, 40.0m), (summary.N!.Value, summary.Mean!.Value, summary.ShareAgreeing!.Value));
        Assert.Equal(new AnswerSummary(0, null, null), AnswerSummary.Of([0, 0, 0, 0, 0]));
    }

    [Fact]
    public void The_shift_adds_the_series_histograms_per_option_and_compares_after_with_before()
    {
        var shift = AttitudeShift.Of(
            before: [[4, 3, 2, 1, 0], [2, 2, 2, 0, 0]],
            after: [[0, 1, 2, 4, 3], [0, 0, 2, 2, 2]]);
        // Before: 16 people, (6×1 + 5×2 + 4×3 + 1×4) / 16 = 32/16 = 2.00, 1 of 16 agree (6.3%).
        Assert.Equal((16L, 2.00m, 6.3m), (shift.Before.N!.Value, shift.Before.Mean!.Value, shift.Before.ShareAgreeing!.Value));
        // After: 16 people, (1×2 + 4×3 + 6×4 + 5×5) / 16 = 63/16 = 3.94, 11 of 16 agree (68.8%).
        Assert.Equal((16L, 3.94m, 68.8m), (shift.After.N!.Value, shift.After.Mean!.Value, shift.After.ShareAgreeing!.Value));
        Assert.Equal((1.94m, 62.5m), (shift.MeanShift!.Value, shift.AgreeingShift!.Value));
    }

    [Fact]
    public void A_moment_answered_by_fewer_than_the_threshold_hides_its_figures_and_the_shift()
    {
        var shift = AttitudeShift.Of(before: [[1, 1, 1, 0, 0]], after: [[0, 0, 2, 4, 3]]).Suppressed(5);
        Assert.Equal(new AnswerSummary(null, null, null), shift.Before);
        Assert.Equal(9, shift.After.N);
        Assert.Null(shift.MeanShift);
        Assert.Null(shift.AgreeingShift);
    }
}
