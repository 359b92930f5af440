namespace VanBinnenuit.Monitoring.Domain;

/// <summary>Configuration section <c>Monitoring</c>.</summary>
public sealed class SuppressionRules
{
    public const string Section = "Monitoring";

    /// <summary>A figure describing fewer people than this (but more than none) is not shown.</summary>
    public int SmallCellThreshold { get; set; } = 5;

    /// <summary>A held session without a report is overdue after this many days.</summary>
    public int ReportDueDays { get; set; } = 7;
}
