using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record StatementResponse(Guid Id, string Code, string Text, int Order, bool Active) : IExample<StatementResponse>
{
    public static StatementResponse Example => new(Guid.Parse("0193c4a1-2b3c-7d4e-8f50-1a2b3c4d5e6f"), "partner-choice", "Een vrouw mag zelf kiezen met wie zij trouwt.", 3, true);

    public static StatementResponse For(Statement s) => new(s.Id, s.Code, s.Text, s.Order, s.Active);
}

public sealed record HistogramResponse(Guid StatementId, Moment Moment, IReadOnlyList<int> Counts, DateTimeOffset RecordedAt) : IExample<HistogramResponse>
{
    public static HistogramResponse Example => new(Guid.Parse("0193c4a1-2b3c-7d4e-8f50-1a2b3c4d5e6f"), Moment.Before, [1, 2, 4, 5, 2], new DateTimeOffset(2026, 10, 6, 20, 45, 0, TimeSpan.Zero));
}

public sealed record StatementShift(Guid StatementId, string Code, string Text, AttitudeShift Shift) : IExample<StatementShift>
{
    public static StatementShift Example => new(Guid.Parse("0193c4a1-2b3c-7d4e-8f50-1a2b3c4d5e6f"), "partner-choice", "Een vrouw mag zelf kiezen met wie zij trouwt.", new AttitudeShift(new AnswerSummary(412, 3.2m, 0.48m), new AnswerSummary(398, 3.9m, 0.67m), 0.7m, 0.19m));
}

/// <summary>
/// Effect measurement: the catalogue of statements, the answer histograms a leader enters for a
/// series before session 1 and after session 3, and the shift they show.
/// </summary>
public static class AttitudesApi
{
    public static IEndpointRouteBuilder MapAttitudesApi(this IEndpointRouteBuilder app)
    {
        var statements = app.MapGroup("/v1/statements").WithTags("Effect measurement");
        statements.MapGet("", ListStatements).WithName("ListStatements").RequireAuthorization(Policies.ReadProgrammeData);
        statements.MapPost("", AddStatement).WithName("AddStatement").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization(Policies.ManageReferenceData);
        statements.MapPut("/{id:guid}", EditStatement).WithName("EditStatement").RequiresIfMatch().RequireAuthorization(Policies.ManageReferenceData);
        var series = app.MapGroup("/v1/series/{id:guid}/attitudes").WithTags("Effect measurement").RequireAuthorization(Policies.ReportSessions);
        series.MapGet("", GetHistograms).WithName("GetAttitudeHistograms");
        series.MapPut("/{moment}", RecordHistograms).WithName("RecordAttitudeHistograms").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var indicators = app.MapGroup("/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.ReadIndicators).LogsExactFigureReads();
        indicators.MapGet("/attitudes", Shifts).WithName("GetAttitudeShifts");
        indicators.MapGet("/attitudes.csv", ExportShifts).WithName("ExportAttitudeShifts");
        return app;
    }

    /// <summary>List the attitude statements</summary>
    /// <remarks>
    /// The catalogue of statements a group answers before session 1 and after session 3, in the order they are asked, retired ones included with <c>active: false</c>.
    /// </remarks>
    public static async Task<Ok<List<StatementResponse>>> ListStatements(MonitoringDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Statements.AsNoTracking().OrderBy(s => s.Order).ThenBy(s => s.Code).ToListAsync(cancellationToken)).Select(StatementResponse.For).ToList());

    /// <summary>Add an attitude statement</summary>
    /// <remarks>
    /// For coordinators and administrators. The code is the statement's lasting name in every histogram and report; a code already in use is refused with 409.
    /// </remarks>
    public static async Task<Results<Created<StatementResponse>, ProblemHttpResult>> AddStatement(
        StatementDraft draft, MonitoringDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var statement = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        if (await db.Statements.AnyAsync(s => s.Code == statement.Code, cancellationToken))
        {
            return ApiProblems.Conflict($"A statement with the code {statement.Code} exists already.");
        }
        var added = new Statement { Code = statement.Code!, Text = statement.Text!, Order = statement.Order ?? 100, Active = statement.Active ?? true };
        db.Statements.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(added.Version);
        return TypedResults.Created($"/v1/statements/{added.Id}", StatementResponse.For(added));
    }

    /// <summary>Reword, reorder or retire a statement</summary>
    /// <remarks>
    /// Send the statement's <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412. The code stays, so earlier answers keep their meaning.
    /// </remarks>
    public static async Task<Results<Ok<StatementResponse>, ProblemHttpResult>> EditStatement(
        Guid id, StatementDraft draft, MonitoringDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var edited = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var statement = await db.Statements.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (statement is null)
        {
            return ApiProblems.NotFound($"No statement has the id {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, statement.Version, out var stale))
        {
            return stale!;
        }
        if (edited.Code != statement.Code)
        {
            return ApiProblems.Validation(new InvalidParam("code", $"A statement keeps its code ({statement.Code}); add a new statement for a new question."));
        }
        statement.Text = edited.Text!;
        statement.Order = edited.Order ?? statement.Order;
        statement.Active = edited.Active ?? statement.Active;
        return await db.SaveOrPreconditionFailedAsync(statement, s => s.Version, http.Response, StatementResponse.For, cancellationToken);
    }

    /// <summary>Read a series' attitude histograms</summary>
    /// <remarks>
    /// For the series' leader and coordinators: per statement and moment (<c>before</c>, <c>after</c>) the number of answers on each point of the five-point scale. Counts only; no answer is tied to a person.
    /// </remarks>
    public static async Task<Results<Ok<List<HistogramResponse>>, ProblemHttpResult>> GetHistograms(
        Guid id, MonitoringDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var (_, problem) = await OwnSeries.FindAsync(db, id, 1, caller, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var histograms = await db.Attitudes.AsNoTracking().Where(h => h.SeriesId == id).OrderBy(h => h.Moment).ToListAsync(cancellationToken);
        return TypedResults.Ok(histograms.Select(h => new HistogramResponse(h.StatementId, h.Moment, h.Counts, h.RecordedAt)).ToList());
    }

    /// <summary>Record the histograms of one moment</summary>
    /// <remarks>
    /// Replaces the histograms of <c>before</c> (once session 1 has begun) or <c>after</c> (once session 3 has ended) for the series' leader or a coordinator. A moment not yet reached is refused with 422.
    /// </remarks>
    public static async Task<Results<Ok<List<HistogramResponse>>, ProblemHttpResult>> RecordHistograms(
        Guid id, string moment, AttitudesDraft draft, MonitoringDbContext db, Caller caller, TimeProvider clock, IRecordKeys keys, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        if (!EnumWords.TryParse(moment, out Moment when))
        {
            validation.Add("moment", "Must be before (start of session 1) or after (end of session 3).");
        }
        var answers = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var number = when == Moment.Before ? 1 : 3;
        var (series, problem) = await OwnSeries.FindAsync(db, id, number, caller, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        var now = clock.GetUtcNow();
        if (OwnSeries.NotYetHeld(series, number, now, startedIsEnough: when == Moment.Before) is { } notHeld)
        {
            return notHeld;
        }
        var ids = answers.Select(a => a.StatementId).ToList();
        var active = await db.Statements.Where(s => ids.Contains(s.Id) && s.Active).Select(s => s.Id).ToListAsync(cancellationToken);
        var unknown = answers.Select((a, i) => (a.StatementId, i)).Where(a => !active.Contains(a.StatementId))
            .Select(a => new InvalidParam($"answers[{a.i}].statementId", $"{a.StatementId} is not an active statement.")).ToList();
        if (unknown.Count > 0)
        {
            return ApiProblems.Unprocessable("The answers name statements that are not in use.", unknown);
        }
        // One SaveChanges, so the moment is replaced whole or not at all.
        var existing = await db.Attitudes.Where(h => h.SeriesId == id && h.Moment == when).ToListAsync(cancellationToken);
        db.Attitudes.RemoveRange(existing.Where(h => !ids.Contains(h.StatementId)));
        var histograms = answers.Select(a =>
        {
            var histogram = existing.SingleOrDefault(h => h.StatementId == a.StatementId);
            if (histogram is null)
            {
                histogram = new AttitudeHistogram { SeriesId = id, Moment = when, StatementId = a.StatementId, RecordKey = keys.Next() };
                db.Attitudes.Add(histogram);
            }
            (histogram.Counts, histogram.RecordedBy, histogram.RecordedAt) = (a.Counts, caller.Subject ?? "", now);
            return histogram;
        }).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(histograms.Select(h => new HistogramResponse(h.StatementId, h.Moment, h.Counts, h.RecordedAt)).ToList());
    }

    /// <summary>Read the attitude shifts</summary>
    /// <remarks>
    /// Per statement the mean and share agreeing before and after, and the shift between them, over the series in scope. Figures about fewer people than the protection threshold (<c>fewerThan</c>) are <c>null</c>, and a complementary figure is hidden with them, so no hidden group can be recovered by subtraction. A coordinator may ask <c>unsuppressed=true</c>; each such read is logged.
    /// </remarks>
    public static Task<Results<Ok<List<StatementShift>>, ProblemHttpResult>> Shifts(
        [AsParameters] IndicatorQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken) => ShiftsAsync(query, db, caller, target.Value, rules.Value, exactAllowed: true, cancellationToken);

    private static async Task<Results<Ok<List<StatementShift>>, ProblemHttpResult>> ShiftsAsync(
        IndicatorQuery query, MonitoringDbContext db, Caller caller, ProgrammeTarget target, SuppressionRules rules, bool exactAllowed,
        CancellationToken cancellationToken)
    {
        var (scope, protection, problem) = query.Resolve(caller, target, rules, exactAllowed);
        if (problem is not null)
        {
            return problem;
        }
        var histograms = await db.AttitudesIn(scope!).ToListAsync(cancellationToken);
        var statements = await db.Statements.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        return TypedResults.Ok(AttitudeShifts(statements, histograms, protection));
    }

    /// <summary>Export the attitude shifts as CSV</summary>
    /// <remarks>
    /// Columns <c>Stelling</c>, <c>Tekst</c>, <c>Aantal voor</c>, <c>Gemiddelde voor</c>, <c>% eens voor</c>, <c>Aantal na</c>, <c>Gemiddelde na</c>, <c>% eens na</c>, <c>Verschuiving gemiddelde</c>, <c>Verschuiving % eens</c>. Always protected, for everyone.
    /// </remarks>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportShifts(
        [AsParameters] IndicatorQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken)
    {
        var answer = await ShiftsAsync(query, db, caller, target.Value, rules.Value, exactAllowed: false, cancellationToken);
        if (answer.Result is not Ok<List<StatementShift>> { Value: { } shifts })
        {
            return (ProblemHttpResult)answer.Result;
        }
        var fewerThan = rules.Value.SmallCellThreshold;
        return (FileContentHttpResult)CsvExport.File("houdingsverandering.csv",
            ["Stelling", "Tekst", $"Aantal voor ({CsvExport.Adjusted(fewerThan)})", "Gemiddelde voor", "% eens voor", "Aantal na", "Gemiddelde na", "% eens na",
                "Verschuiving gemiddelde", "Verschuiving % eens"],
            shifts.Select(s => (IReadOnlyList<string>)[s.Code, s.Text, CsvExport.People(s.Shift.Before.N, fewerThan), CsvExport.Figure(s.Shift.Before.Mean),
                CsvExport.Figure(s.Shift.Before.ShareAgreeing), CsvExport.People(s.Shift.After.N, fewerThan), CsvExport.Figure(s.Shift.After.Mean),
                CsvExport.Figure(s.Shift.After.ShareAgreeing), CsvExport.Figure(s.Shift.MeanShift), CsvExport.Figure(s.Shift.AgreeingShift)]));
    }

    internal static List<StatementShift> AttitudeShifts(IEnumerable<Statement> statements, List<AttitudeHistogram> histograms, FigureProtection protection)
    {
        // Only series measured at both moments count, so before and after describe the same groups.
        var complete = histograms.GroupBy(h => (h.SeriesId, h.StatementId)).Where(g => g.Select(h => h.Moment).Distinct().Count() == 2)
            .SelectMany(g => g).ToList();
        return [.. statements.Select(s => new StatementShift(s.Id, s.Code, s.Text, AttitudeShift.Of(
                [.. complete.Where(h => h.StatementId == s.Id && h.Moment == Moment.Before)],
                [.. complete.Where(h => h.StatementId == s.Id && h.Moment == Moment.After)], protection)))
            .Where(s => s.Shift.Before.N != 0 || s.Shift.After.N != 0)];
    }
}
