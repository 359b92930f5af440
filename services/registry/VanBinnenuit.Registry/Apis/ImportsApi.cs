using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Apis.Imports;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>
/// Onboarding from the spreadsheets the alliance keeps: <c>POST /v1/leader-imports</c> and
/// <c>/v1/organisation-imports</c> with a <c>text/csv</c> body. <c>?dryRun=true</c> reports every
/// row's problems by row and column and writes nothing; otherwise the rows are written in one
/// transaction, all or nothing. Every import, dry or not, is audited.
/// </summary>
public static class ImportsApi
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5_000;

    private const string ImportDescription =
        "For coordinators: a `text/csv` body (at most 2 MiB and 5,000 rows, columns as in the README). With `dryRun=true` every row's problems are "
        + "reported by row and column and nothing is written; otherwise the rows are written in one transaction, all or nothing, and a file with "
        + "problems is refused with 422 and the same report. Every import, dry or not, is audited.";

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithTags("Imports").RequireAuthorization(Policies.ManageRegistry);
        api.MapPost("/leader-imports", (HttpContext http, RegistryDbContext db, bool? dryRun, CancellationToken ct) =>
            ImportAsync(new LeaderCsvImport(), http, db, dryRun ?? false, ct)).WithName("ImportLeaders")
            .WithSummary("Import conversation leaders from CSV").WithDescription(ImportDescription).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity).Accepts<string>("text/csv");
        api.MapPost("/organisation-imports", (HttpContext http, RegistryDbContext db, bool? dryRun, CancellationToken ct) =>
            ImportAsync(new OrganisationCsvImport(), http, db, dryRun ?? false, ct)).WithName("ImportOrganisations")
            .WithSummary("Import organisations from CSV").WithDescription(ImportDescription).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status422UnprocessableEntity).Accepts<string>("text/csv");
        return app;
    }

    private static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(
        ICsvImport import, HttpContext http, RegistryDbContext db, bool dryRun, CancellationToken cancellationToken)
    {
        if (http.Request.ContentType?.Split(';')[0].Trim().Equals("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return TypedResults.Problem(ApiProblems.Details(StatusCodes.Status415UnsupportedMediaType, "Send the file as text/csv.",
                "The body must be a CSV file with a header row, sent with Content-Type: text/csv (UTF-8)."));
        }
        var text = await ReadLimitedAsync(http.Request, cancellationToken);
        if (text is null)
        {
            return TypedResults.Problem(ApiProblems.Details(StatusCodes.Status413PayloadTooLarge, "The file is too large.",
                $"An import takes at most {MaxBytes / 1024 / 1024} MB; split the file."));
        }
        var (rows, fileProblem) = Parse(text, import);
        if (fileProblem is not null)
        {
            return ApiProblems.Validation(fileProblem);
        }

        var references = await ReferenceCheck.LoadAsync(db, cancellationToken);
        var batch = new ImportBatch(db, await import.RegisteredKeysAsync(db, cancellationToken));
        var problems = new List<ImportProblem>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 2)))
        {
            var validation = new Validation();
            import.Check(row, references, validation, batch);
            problems.AddRange(ProblemsOfRow(index, validation.Invalid, import));
        }
        var rowsWithProblems = problems.Select(p => p.Row).Distinct().Count();
        var apply = !dryRun && problems.Count == 0;
        if (apply)
        {
            batch.Writes.ForEach(write => write());
        }
        // The audit is written with the rows (one transaction), or alone when nothing is written.
        db.Imports.Add(new ImportRecord
        {
            Kind = import.Kind,
            Subject = http.User.FindFirstValue("sub") ?? "unknown",
            FileName = FileNameOf(http.Request),
            StartedAt = DateTimeOffset.UtcNow,
            DryRun = dryRun,
            Rows = rows.Count,
            RowsWithProblems = rowsWithProblems,
            Applied = apply,
        });
        await db.SaveChangesAsync(cancellationToken);

        var report = new ImportReport(dryRun, apply, rows.Count, rowsWithProblems, problems);
        if (!dryRun && !apply)
        {
            var problem = ApiProblems.Details(StatusCodes.Status422UnprocessableEntity, "The file has problems; nothing was imported.",
                $"{rowsWithProblems} of {rows.Count} rows have problems. Correct them and send the whole file again.");
            problem.Extensions["report"] = report;
            return TypedResults.Problem(problem);
        }
        return TypedResults.Ok(report);
    }

    // One problem per column and reason; a follow-on "Is required." after a parse problem says nothing new.
    private static IEnumerable<ImportProblem> ProblemsOfRow(int row, IReadOnlyList<InvalidParam> invalid, ICsvImport import) =>
        invalid.Select(p => new ImportProblem(row, import.ColumnOf(p.Name), p.Reason))
            .GroupBy(p => p.Column)
            .SelectMany(column => column.Count() > 1 ? column.Where(p => p.Reason != "Is required.") : column)
            .Distinct();

    // A client may name the file as a browser upload does (Content-Disposition); it helps find the import in the audit.
    private static string? FileNameOf(HttpRequest request) =>
        Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            && Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(disposition.FileName).Value is { Length: > 0 and <= 200 } name
            ? name
            : null;

    private static async Task<string?> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[MaxBytes + 1];
        var read = 0;
        int chunk;
        while (read <= MaxBytes && (chunk = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }
        return read > MaxBytes ? null : new string(buffer, 0, read);
    }

    private static (List<IReadOnlyDictionary<string, string>> Rows, InvalidParam? Problem) Parse(string text, ICsvImport import)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Dutch spreadsheet programs write ; between columns, others write ,.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
        };
        using var csv = new CsvReader(new StringReader(text), configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            return ([], new InvalidParam("file", "The file is empty; the first row must name the columns."));
        }
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = import.RequiredColumns.Except(header).ToList();
        var unknown = header.Except(import.RequiredColumns).Except(import.OptionalColumns).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            return ([], new InvalidParam("file", string.Join(" ", new[]
            {
                missing.Count > 0 ? $"Missing columns: {string.Join(", ", missing)}." : null,
                unknown.Count > 0 ? $"Unknown columns: {string.Join(", ", unknown)}." : null,
                $"The columns are: {string.Join(", ", import.RequiredColumns.Concat(import.OptionalColumns))}.",
            }.Where(s => s is not null))));
        }
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
            {
                return ([], new InvalidParam("file", $"An import takes at most {MaxRows} rows; split the file."));
            }
            rows.Add(header.Select((column, i) => (column, value: csv.TryGetField<string>(i, out var v) ? v ?? "" : ""))
                .ToDictionary(c => c.column, c => c.value));
        }
        return rows.Count == 0 ? ([], new InvalidParam("file", "The file has a header row but no rows to import.")) : (rows, null);
    }
}
