using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis.Imports;

/// <summary>
/// One kind of CSV import: its columns, how a row becomes the same draft the API accepts (so the
/// same rules check it), and how a checked draft is registered.
/// </summary>
internal interface ICsvImport
{
    ImportKind Kind { get; }
    IReadOnlyList<string> RequiredColumns { get; }
    IReadOnlyList<string> OptionalColumns { get; }

    /// <summary>Checks one row; problems are named by the draft's JSON paths, which <see cref="ColumnOf"/> maps back.</summary>
    void Check(IReadOnlyDictionary<string, string> row, ReferenceCheck references, Validation validation, ImportBatch batch);

    /// <summary>The CSV column a draft field's problem belongs to, e.g. <c>languages[1].code</c> → <c>languages</c>.</summary>
    string ColumnOf(string field);

    /// <summary>The keys (e-mail, KvK number) of what is registered already, so a file cannot register it twice.</summary>
    Task<IEnumerable<string>> RegisteredKeysAsync(RegistryDbContext db, CancellationToken cancellationToken);
}

/// <summary>The rows of one import that passed, ready to be written together; also catches duplicates within the file.</summary>
internal sealed class ImportBatch(RegistryDbContext db, IEnumerable<string> registeredKeys)
{
    private readonly HashSet<string> _registered = new(registeredKeys, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public RegistryDbContext Db { get; } = db;
    public List<Action> Writes { get; } = [];

    public void Unique(Validation validation, string field, string key)
    {
        if (_registered.Contains(key))
        {
            validation.Add(field, $"{key} is registered already.");
        }
        else if (!_seen.Add(key))
        {
            validation.Add(field, $"{key} is on more than one row.");
        }
    }
}

/// <param name="Row">The spreadsheet row: the header is row 1, the first data row 2.</param>
public sealed record ImportProblem(int Row, string Column, string Reason);

public sealed record ImportReport(bool DryRun, bool Applied, int Rows, int RowsWithProblems, IReadOnlyList<ImportProblem> Problems) : IExample<ImportReport>
{
    public static ImportReport Example => new(true, false, 120, 1, [new ImportProblem(17, "languages", "Must be an ISO 639 code such as ar.")]);
}

internal static class CsvValues
{
    private static readonly char[] Separators = [';', '|'];

    /// <summary>A list within one cell: <c>ar:native; nl:good</c>. A file delimited by ; quotes such cells.</summary>
    public static List<string> Split(string? cell) =>
        [.. (cell ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string? Cell(this IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
