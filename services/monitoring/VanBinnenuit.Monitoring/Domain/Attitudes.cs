using System.Text.Json.Serialization;
using VanBinnenuit.Monitoring.Domain.Disclosure;

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
    /// <summary>This histogram's key for disclosure control (<see cref="RecordKey"/>); kept when its counts are replaced.</summary>
    public long RecordKey { get; set; }
}

/// <summary>Where answers to one statement stand: how many answered, the mean, and the share agreeing (4 or 5); null when too few to show.</summary>
public sealed record AnswerSummary(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? N,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Mean,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? ShareAgreeing);

/// <summary>The shift in one statement from before to after: the mean's change and the change in the share agreeing (percentage points).</summary>
public sealed record AttitudeShift(
    AnswerSummary Before, AnswerSummary After,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? MeanShift,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? AgreeingShift)
{
    /// <summary>
    /// Sums the histograms of each moment into cells (the number who answered, and each option),
    /// protects each cell, and computes mean and share from the protected option counts only; the
    /// shift is the difference of the unrounded figures, rounded once.
    /// </summary>
    public static AttitudeShift Of(IReadOnlyCollection<AttitudeHistogram> before, IReadOnlyCollection<AttitudeHistogram> after, FigureProtection protection)
    {
        var (b, bMean, bShare) = Summary(before, protection);
        var (a, aMean, aShare) = Summary(after, protection);
        return new AttitudeShift(b, a,
            b.Mean is null || a.Mean is null ? null : FigureProtection.Round(aMean - bMean, protection.IsExact ? 2 : 1),
            b.ShareAgreeing is null || a.ShareAgreeing is null ? null : FigureProtection.Round(aShare - bShare, protection.IsExact ? 1 : 0));
    }

    private static (AnswerSummary Summary, decimal Mean, decimal Share) Summary(IReadOnlyCollection<AttitudeHistogram> histograms, FigureProtection protection)
    {
        var keys = histograms.Sum(h => h.RecordKey);
        var n = protection.Adjusted(new CellSum(histograms.Sum(h => (long)h.Counts.Sum()), keys), Measure.Answers);
        var options = Enumerable.Range(0, 5)
            .Select(i => protection.Adjusted(new CellSum(histograms.Sum(h => (long)h.Counts[i]), keys), (Measure)((int)Measure.Option1 + i))).ToList();
        var answered = options.Sum();
        if (n < protection.MinimumDenominator || answered == 0)
        {
            return (new AnswerSummary(protection.Shown(n), null, null), 0, 0);
        }
        var mean = (decimal)options.Select((c, i) => c * (i + 1)).Sum() / answered;
        var share = 100m * (options[3] + options[4]) / answered;
        return (new AnswerSummary(protection.Shown(n), protection.Mean(options), protection.Share(options[3] + options[4], answered)), mean, share);
    }
}
