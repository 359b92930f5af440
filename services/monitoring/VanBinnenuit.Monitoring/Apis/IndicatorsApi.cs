using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;
using VanBinnenuit.ServiceDefaults.Problems;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record TargetResponse(int Meetings, DateOnly From, DateOnly Until, int SessionsHeld, decimal Share);

/// <summary>
/// The programme at a glance. Figures about people are suppressed below the threshold (null); a
/// municipal officer gets their own municipality's.
/// </summary>
/// <remarks>A suppressed figure is written as <c>null</c>, never left out, so a reader sees it was hidden.</remarks>
public sealed record OverviewResponse(
    DateOnly From, DateOnly Until, string? MunicipalityCode, TargetResponse Target, int SessionsHeld,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Attendances,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? PeopleReached,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? AverageAttendance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? RetentionFirstToThird,
    int SeriesStarted, int SeriesCompleted, int SeriesCancelled,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? CompletionRate,
    int MunicipalitiesReached, int ActiveLeaders, int ReportsOverdue, bool Suppressed);

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.ReadIndicators);
        api.MapGet("/overview", Overview).WithName("GetOverview");
        return app;
    }

    public static async Task<Results<Ok<OverviewResponse>, ProblemHttpResult>> Overview(
        [AsParameters] IndicatorQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (scope, suppress, problem) = query.Resolve(caller, target.Value);
        if (problem is not null)
        {
            return problem;
        }
        var threshold = suppress ? rules.Value.SmallCellThreshold : 0;
        var figures = await db.ComputeAsync(scope!, clock.GetUtcNow().AddDays(-rules.Value.ReportDueDays), cancellationToken);
        int Count(string status) => figures.SeriesStartedByStatus.GetValueOrDefault(status);
        var sessions = figures.Sessions;
        var attendances = SmallCells.Suppress(figures.Attendances, threshold);
        var people = SmallCells.Suppress(figures.People, threshold);
        var firstAttendance = SmallCells.Suppress(figures.FirstAttendance, threshold);
        var returnedAtThird = figures.ReturnedAtThird;
        var (completed, cancelled) = (Count("completed"), Count("cancelled"));
        var t = target.Value;
        return TypedResults.Ok(new OverviewResponse(
            scope!.FirstDay, scope.LastDay, scope.MunicipalityCode,
            new TargetResponse(t.Meetings, t.From, t.Until, sessions, t.Meetings == 0 ? 0 : Math.Round(100m * sessions / t.Meetings, 1)),
            sessions, attendances, people,
            attendances is { } a && sessions > 0 ? Math.Round((decimal)a / sessions, 1) : null,
            firstAttendance is { } f && f > 0 ? Math.Round(100m * returnedAtThird / f, 1) : null,
            figures.SeriesStartedByStatus.Values.Sum(), completed, cancelled,
            completed + cancelled == 0 ? null : Math.Round(100m * completed / (completed + cancelled), 1),
            figures.Municipalities, figures.Leaders, figures.ReportsOverdue, suppress));
    }
}

/// <summary>The period (local dates, both inclusive; the programme period by default) and, for coordinators, <c>unsuppressed=true</c>.</summary>
public sealed record IndicatorQuery(DateOnly? From, DateOnly? Until, string? Municipality, bool? Unsuppressed)
{
    public (IndicatorScope? Scope, bool Suppress, ProblemHttpResult? Problem) Resolve(Caller caller, ProgrammeTarget target)
    {
        var validation = new Validation();
        var from = From ?? target.From;
        var until = Until ?? target.Until;
        if (until < from)
        {
            validation.Add("until", "Must not be before from.");
        }
        var municipality = Municipality?.Trim().ToUpperInvariant();
        if (municipality is not null && !System.Text.RegularExpressions.Regex.IsMatch(municipality, "^GM[0-9]{4}$"))
        {
            validation.Add("municipality", "Must be a CBS municipality code such as GM0363.");
        }
        if (Unsuppressed == true && caller.Role != Roles.Coordinator)
        {
            validation.Add("unsuppressed", "Unsuppressed figures are for coordinators only.");
        }
        if (!validation.IsValid)
        {
            return (null, true, ApiProblems.Validation(validation.Invalid));
        }
        // An officer's figures are their own municipality's, whatever they ask for.
        var scoped = caller.MunicipalityScope ?? municipality;
        return (new IndicatorScope(DutchTime.StartOf(from), DutchTime.StartOf(until.AddDays(1)), scoped, from, until), Unsuppressed != true, null);
    }
}
