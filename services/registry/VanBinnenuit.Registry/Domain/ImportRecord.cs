namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// The audit of one CSV import, dry run or applied: who, when, how many rows, and the outcome.
/// The file itself is not kept; it holds personal data that now lives in the registry's rows.
/// </summary>
public sealed class ImportRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ImportKind Kind { get; init; }
    /// <summary>The token subject of who imported (an account or client id, not a name).</summary>
    public required string Subject { get; init; }
    public string? FileName { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required bool DryRun { get; init; }
    public required int Rows { get; init; }
    public required int RowsWithProblems { get; init; }
    /// <summary>True when the rows were written (never for a dry run or a file with problems).</summary>
    public required bool Applied { get; init; }
}

public enum ImportKind
{
    Leaders,
    Organisations,
}
