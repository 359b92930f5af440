using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Domain;

/// <summary>Configuration section <c>Monitoring</c>: how figures about people are protected, and when a report is due.</summary>
public sealed class SuppressionRules
{
    public const string Section = "Monitoring";

    /// <summary>
    /// The default adjustments −4 … +4: mean 0, variance 2.24 (standard deviation 1.5) for every
    /// value from 5 up; 0 three times in ten. Wide and thin-tailed, so that bounds an attacker
    /// derives from many linked tables rarely meet.
    /// </summary>
    public static readonly double[] DefaultAdjustments = [0.01, 0.04, 0.10, 0.20, 0.30, 0.20, 0.10, 0.04, 0.01];

    /// <summary>A figure of fewer people than this (but more than none), after adjustment, is published as "fewer than".</summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>Probabilities of the adjustments −bound … +bound (<c>Monitoring:Adjustments:0</c> …); symmetric, adding up to 1.</summary>
    public double[]? Adjustments { get; set; }

    /// <summary>A mean or share is shown only when its protected denominator is at least this.</summary>
    public int MinimumDenominator { get; set; } = 10;

    /// <summary>A held session without a report is overdue after this many days.</summary>
    public int ReportDueDays { get; set; } = 7;

    public PerturbationTable Table() => new(Adjustments is { Length: > 0 } a ? a : DefaultAdjustments);

    /// <summary>Protected figures, or exact ones for a coordinator who asked.</summary>
    public FigureProtection Protection(bool exact) =>
        exact ? FigureProtection.Exact : FigureProtection.Protected(_table ??= Table(), SmallCellThreshold, MinimumDenominator);

    private PerturbationTable? _table;
}
