using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Apis;

/// <summary>The figures a funder asks for, for one calendar year: always protected, for everyone, like every export.</summary>
public sealed record ProgrammeReport(
    int Year, string? MunicipalityCode, int MeetingsHeld, int TargetMeetings, int SeriesCompleted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? PeopleReached,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Attendances,
    int CommunitiesReached, int MunicipalitiesReached, int ProvincesReached, IReadOnlyList<StatementShift> AttitudeShifts, bool Suppressed, int FewerThan) : IExample<ProgrammeReport>
{
    public static ProgrammeReport Example => new(2026, null, 342, 700, 97, 2_960, 5_410, 31, 74, 12, [StatementShift.Example], false, 10);
}

public static class ProgrammeReportApi
{
    public static IEndpointRouteBuilder MapProgrammeReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/reports/programme").WithTags("Indicators").RequireAuthorization(Policies.ReadIndicators);
        api.MapGet("/{year:int}", GetReport).WithName("GetProgrammeReport");
        api.MapGet("/{year:int}.csv", ExportReport).WithName("ExportProgrammeReport");
        return app;
    }

    /// <summary>Read the yearly programme report</summary>
    /// <remarks>
    /// The figures a funder asks for, for one calendar year: meetings held against the target, series completed, people reached, communities, municipalities and provinces reached, and the attitude shifts. Always protected, for everyone.
    /// </remarks>
    public static async Task<Results<Ok<ProgrammeReport>, ProblemHttpResult>> GetReport(
        int year, [AsParameters] ReportQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken)
    {
        var (report, problem) = await ComputeAsync(year, query, db, caller, target.Value, rules.Value, cancellationToken);
        return report is null ? problem! : TypedResults.Ok(report);
    }

    /// <summary>Export the yearly programme report as CSV</summary>
    /// <remarks>
    /// Columns <c>Kengetal</c>, <c>Waarde</c>; attitude rows per statement with <c>voor</c>, <c>na</c> and the shift. Always protected.
    /// </remarks>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportReport(
        int year, [AsParameters] ReportQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken)
    {
        var (r, problem) = await ComputeAsync(year, query, db, caller, target.Value, rules.Value, cancellationToken);
        if (r is null)
        {
            return problem!;
        }
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        List<IReadOnlyList<string>> rows =
        [
            ["Jaar", N(r.Year)],
            ["Gemeente", r.MunicipalityCode ?? "alle"],
            ["Bijeenkomsten gehouden", N(r.MeetingsHeld)],
            ["Doel bijeenkomsten (programma)", N(r.TargetMeetings)],
            ["Reeksen afgerond", N(r.SeriesCompleted)],
            [$"Bereikte personen ({CsvExport.Adjusted(r.FewerThan)})", CsvExport.People(r.PeopleReached, r.FewerThan)],
            ["Aanwezigen (opgeteld, licht aangepast)", CsvExport.People(r.Attendances, r.FewerThan)],
            ["Gemeenschappen bereikt", N(r.CommunitiesReached)],
            ["Gemeenten bereikt", N(r.MunicipalitiesReached)],
            ["Provincies bereikt", N(r.ProvincesReached)],
        ];
        foreach (var s in r.AttitudeShifts)
        {
            rows.Add([$"Stelling {s.Code}: gemiddelde voor", CsvExport.Figure(s.Shift.Before.Mean)]);
            rows.Add([$"Stelling {s.Code}: gemiddelde na", CsvExport.Figure(s.Shift.After.Mean)]);
            rows.Add([$"Stelling {s.Code}: verschuiving gemiddelde", CsvExport.Figure(s.Shift.MeanShift)]);
            rows.Add([$"Stelling {s.Code}: verschuiving % eens", CsvExport.Figure(s.Shift.AgreeingShift)]);
        }
        return (FileContentHttpResult)CsvExport.File($"jaarrapportage-{year}.csv", ["Kengetal", "Waarde"], rows);
    }

    private static async Task<(ProgrammeReport? Report, ProblemHttpResult? Problem)> ComputeAsync(
        int year, ReportQuery query, MonitoringDbContext db, Caller caller, ProgrammeTarget target, SuppressionRules rules, CancellationToken cancellationToken)
    {
        if (year is < 2000 or > 2100)
        {
            return (null, ApiProblems.Validation(new InvalidParam("year", "Must be a year such as 2027.")));
        }
        var (scope, protection, problem) = new IndicatorQuery(year.ToString("D4", CultureInfo.InvariantCulture), null, null, query.Municipality, query.Unsuppressed)
            .Resolve(caller, target, rules, exactAllowed: false);
        if (problem is not null)
        {
            return (null, problem);
        }
        var held = await db.HeldSessions(scope!).Select(h => new { h.Attendance, h.Returned, h.RecordKey, h.MunicipalityCode, h.CommunityId }).ToListAsync(cancellationToken);
        var keys = held.Sum(h => h.RecordKey);
        var provinces = await db.Set<ReadModels.MunicipalityReference>().AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.ProvinceCode, cancellationToken);
        var completed = await db.SeriesIn(scope!).CountAsync(s => s.Status == "completed"
            && s.Sessions.Any(x => x.Number == 3 && x.StartsAt >= scope!.From && x.StartsAt < scope.Until), cancellationToken);
        var statements = await db.Statements.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var shifts = AttitudesApi.AttitudeShifts(statements, await db.AttitudesIn(scope!).ToListAsync(cancellationToken), protection);
        return (new ProgrammeReport(year, scope!.MunicipalityCode, held.Count, target.Meetings, completed,
            protection.Count(new CellSum(held.Sum(h => (long)(h.Attendance - h.Returned)), keys), Measure.PeopleReached),
            protection.Count(new CellSum(held.Sum(h => (long)h.Attendance), keys), Measure.Attendances),
            held.Select(h => h.CommunityId).Distinct().Count(), held.Select(h => h.MunicipalityCode).Distinct().Count(),
            held.Select(h => provinces.GetValueOrDefault(h.MunicipalityCode)).Where(p => p is not null).Distinct().Count(), shifts, !protection.IsExact,
            protection.FewerThan), null);
    }
}

public sealed record ReportQuery(string? Municipality, bool? Unsuppressed);
