namespace VanBinnenuit.Monitoring.Domain.Disclosure;

/// <summary>
/// The one way a figure about people is published: every count through <see cref="Count"/>, every
/// mean and share through <see cref="Share"/> and <see cref="Mean"/>. Protected figures follow the
/// cell key method (a cell's adjustment from its true value and the sum of its records' keys, by the
/// <see cref="PerturbationTable"/>), and a figure of fewer than <see cref="FewerThan"/> people after
/// adjustment is written as <c>null</c>: "fewer than 5". Figures about meetings never pass here.
/// </summary>
public sealed class FigureProtection
{
    private readonly PerturbationTable? _table;

    private FigureProtection(PerturbationTable? table, int fewerThan, int minimumDenominator) =>
        (_table, FewerThan, MinimumDenominator) = (table, fewerThan, minimumDenominator);

    public static FigureProtection Protected(PerturbationTable table, int fewerThan, int minimumDenominator) => new(table, fewerThan, minimumDenominator);

    /// <summary>True counts, for a coordinator who asked for them (and whose question is logged).</summary>
    public static readonly FigureProtection Exact = new(null, 0, 1);

    public bool IsExact => _table is null;

    /// <summary>A count below this (and above 0) after adjustment is published as "fewer than".</summary>
    public int FewerThan { get; }

    /// <summary>A share or mean is shown only when its (protected) denominator reaches this.</summary>
    public int MinimumDenominator { get; }

    /// <summary>The cell's value after adjustment (0 stays 0); what derived figures are computed from, never shown when small.</summary>
    public long Adjusted(CellSum cell, Measure measure) =>
        _table is null || cell.Value <= 0 ? cell.Value : cell.Value + _table.Adjustment(cell.Value, RecordKey.Position(cell.Keys, measure));

    /// <summary>The count as published: null for 1 to <see cref="FewerThan"/> − 1 after adjustment.</summary>
    public long? Count(CellSum cell, Measure measure) => Shown(Adjusted(cell, measure));

    public long? Shown(long adjusted) => adjusted > 0 && adjusted < FewerThan ? null : adjusted;

    /// <summary>A percentage of adjusted counts, in whole percents (one decimal when exact), or null below the minimum denominator.</summary>
    public decimal? Share(long numerator, long denominator) =>
        denominator <= 0 || denominator < MinimumDenominator ? null : Round(100m * numerator / denominator, IsExact ? 1 : 0);

    /// <summary>A mean on the 5-point scale from adjusted option counts, to one decimal (two when exact), or null below the minimum denominator.</summary>
    public decimal? Mean(IReadOnlyList<long> optionCounts)
    {
        var n = optionCounts.Sum();
        return n <= 0 || n < MinimumDenominator ? null : Round((decimal)optionCounts.Select((c, i) => c * (i + 1)).Sum() / n, IsExact ? 2 : 1);
    }

    /// <summary>Half away from zero, as people round (6.25 → 6.3), not to even.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
