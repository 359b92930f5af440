using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Domain;

/// <summary>Configuration section <c>Monitoring</c>: how figures about people are protected, and when a report is due.</summary>
public sealed class SuppressionRules
{
    public const string Section = "Monitoring";

    /// <summary>
    /// The default adjustments −8 … +8: mean 0, variance 4.11 (standard deviation 2.0) for every
    /// value from 9 up; 0 one time in five, beyond ±5 eight times in a thousand. The bound is what an
    /// attacker must allow for, and the thin tails beyond ±5 are what keep the bounds it derives from
    /// many linked tables apart: with a bound of ±5 and the same spread, two neighbouring cells at
    /// opposite extremes pinned a single person to a range 2 wide in one programme in five.
    /// </summary>
    public static readonly double[] DefaultAdjustments =
        [0.001, 0.001, 0.002, 0.006, 0.025, 0.07, 0.13, 0.17, 0.19, 0.17, 0.13, 0.07, 0.025, 0.006, 0.002, 0.001, 0.001];

    /// <summary>A figure of fewer people than this (but more than none), after adjustment, is published as "fewer than".</summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>Probabilities of the adjustments −bound … +bound (<c>Monitoring:Adjustments:0</c> …); symmetric, adding up to 1.</summary>
    public double[]? Adjustments { get; set; }

    /// <summary>A mean or share is shown only when its protected denominator is at least this.</summary>
    public int MinimumDenominator { get; set; } = 10;

    /// <summary>A held session without a report is overdue after this many days.</summary>
    public int ReportDueDays { get; set; } = 7;

    public bool IsValidTable()
    {
        try
        {
            Table();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public PerturbationTable Table() => new(Adjustments is { Length: > 0 } a ? a : DefaultAdjustments);

    /// <summary>Protected figures, or exact ones for a coordinator who asked.</summary>
    public FigureProtection Protection(bool exact) =>
        exact ? FigureProtection.Exact : FigureProtection.Protected(_table ??= Table(), SmallCellThreshold, MinimumDenominator);

    private PerturbationTable? _table;
}
