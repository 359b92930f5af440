namespace VanBinnenuit.Monitoring.Domain;

/// <summary>A statement people answer on a 5-point scale (1 strongly disagree … 5 strongly agree), before session 1 and after session 3.</summary>
public sealed class Statement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Text { get; set; } = "";
    public int Order { get; set; }
    public bool Active { get; set; } = true;
    public uint Version { get; set; }
}

/// <summary>When the answers were given: at the start of session 1, or at the end of session 3.</summary>
public enum Moment
{
    Before,
    After,
}

/// <summary>
/// The answers to one statement at one moment of one series, as a histogram: how many chose each
/// of the five options. Individual answers are never entered, so none can be traced to a person.
/// </summary>
public sealed class AttitudeHistogram
{
    public Guid SeriesId { get; set; }
    public Moment Moment { get; set; }
    public Guid StatementId { get; set; }
    /// <summary>Five counts: option 1 (strongly disagree) to option 5 (strongly agree).</summary>
    public int[] Counts { get; set; } = new int[5];
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Where answers to one statement stand: how many answered, the mean, and the share agreeing (4 or 5); all null when suppressed.</summary>
public sealed record AnswerSummary(
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] long? N,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] decimal? Mean,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] decimal? ShareAgreeing)
{
    public static AnswerSummary Of(IReadOnlyList<long> counts)
    {
        var n = counts.Sum();
        if (n == 0)
        {
            return new AnswerSummary(0, null, null);
        }
        return new AnswerSummary(n, Round(ExactMean(counts), 2), Round(ExactShareAgreeing(counts), 1));
    }

    internal static decimal ExactMean(IReadOnlyList<long> counts) => (decimal)counts.Select((count, i) => count * (i + 1)).Sum() / counts.Sum();

    internal static decimal ExactShareAgreeing(IReadOnlyList<long> counts) => 100m * (counts[3] + counts[4]) / counts.Sum();

    /// <summary>Half away from zero, as people round (6.25 → 6.3), not to even.</summary>
    internal static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}

/// <summary>The shift in one statement from before to after: the mean's change and the change in the share agreeing (percentage points).</summary>
public sealed record AttitudeShift(
    AnswerSummary Before, AnswerSummary After,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] decimal? MeanShift,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] decimal? AgreeingShift)
{
    /// <summary>Sums the histograms (per option) of each moment and compares the two.</summary>
    public static AttitudeShift Of(IEnumerable<int[]> before, IEnumerable<int[]> after)
    {
        var beforeCounts = Sum(before);
        var afterCounts = Sum(after);
        var (b, a) = (AnswerSummary.Of(beforeCounts), AnswerSummary.Of(afterCounts));
        if (b.N is 0 || a.N is 0)
        {
            return new AttitudeShift(b, a, null, null);
        }
        // From the exact figures, so the shift is not the difference of two roundings.
        return new AttitudeShift(b, a,
            AnswerSummary.Round(AnswerSummary.ExactMean(afterCounts) - AnswerSummary.ExactMean(beforeCounts), 2),
            AnswerSummary.Round(AnswerSummary.ExactShareAgreeing(afterCounts) - AnswerSummary.ExactShareAgreeing(beforeCounts), 1));
    }

    private static long[] Sum(IEnumerable<int[]> histograms)
    {
        var total = new long[5];
        foreach (var histogram in histograms)
        {
            for (var i = 0; i < 5; i++)
            {
                total[i] += histogram[i];
            }
        }
        return total;
    }

    /// <summary>The same shift with its figures hidden when either moment has fewer than <paramref name="threshold"/> answers.</summary>
    public AttitudeShift Suppressed(int threshold) =>
        IsSmall(Before, threshold) || IsSmall(After, threshold)
            ? new AttitudeShift(IsSmall(Before, threshold) ? Hidden : Before, IsSmall(After, threshold) ? Hidden : After, null, null)
            : this;

    private static readonly AnswerSummary Hidden = new(null, null, null);

    private static bool IsSmall(AnswerSummary summary, int threshold) => SmallCells.Suppress(summary.N ?? 0, threshold) is null;
}
