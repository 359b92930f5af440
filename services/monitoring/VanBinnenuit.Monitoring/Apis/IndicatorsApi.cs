using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record TargetResponse(int Meetings, DateOnly From, DateOnly Until, int SessionsHeld, decimal Share);

/// <summary>
/// The programme at a glance. Figures about people are protected (<see cref="FigureProtection"/>):
/// slightly adjusted, and null for fewer than <c>fewerThan</c> people; a municipal officer gets
/// their own municipality's. Figures about meetings are exact.
/// </summary>
/// <remarks>A figure of fewer people is written as <c>null</c>, never left out, so a reader sees it is there.</remarks>
public sealed record OverviewResponse(
    string? Period, DateOnly From, DateOnly Until, string? MunicipalityCode, TargetResponse Target, int SessionsHeld,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Attendances,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? PeopleReached,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? AverageAttendance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? RetentionFirstToThird,
    int SeriesStarted, int SeriesCompleted, int SeriesCancelled,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? CompletionRate,
    int MunicipalitiesReached, int ActiveLeaders, int ReportsOverdue, bool Suppressed, int FewerThan) : IExample<OverviewResponse>
{
    public static OverviewResponse Example => new("programme", new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), null,
        new TargetResponse(700, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), 342, 0.49m), 342, 5_410, 2_960, 15.8m, 0.81m, 131, 97, 9, 0.74m, 74, 118, 6, false, 10);
}

public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.ReadIndicators).LogsExactFigureReads();
        api.MapGet("/overview", Overview).WithName("GetOverview");
        return app;
    }

    /// <summary>Read the programme's indicators</summary>
    /// <remarks>
    /// Sessions held, attendances, people reached, retention from the first to the third session, series started, completed and cancelled, progress to the target, municipalities reached, active leaders and overdue reports, for a <c>period</c> (a year or a quarter such as <c>2026-Q3</c>) or <c>from</c>/<c>until</c>, and optionally one <c>municipality</c>. Figures about fewer people than the protection threshold (<c>fewerThan</c>) are <c>null</c>, and a complementary figure is hidden with them, so no hidden group can be recovered by subtraction. A coordinator may ask <c>unsuppressed=true</c>; each such read is logged.
    /// </remarks>
    public static async Task<Results<Ok<OverviewResponse>, ProblemHttpResult>> Overview(
        [AsParameters] IndicatorQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (scope, protection, problem) = query.Resolve(caller, target.Value, rules.Value);
        if (problem is not null)
        {
            return problem;
        }
        var figures = await db.ComputeAsync(scope!, clock.GetUtcNow().AddDays(-rules.Value.ReportDueDays), cancellationToken);
        int Count(string status) => figures.SeriesStartedByStatus.GetValueOrDefault(status);
        var sessions = figures.Sessions;
        var attendances = protection.Adjusted(figures.Attendances, Measure.Attendances);
        var firstAttendance = protection.Adjusted(figures.FirstAttendance, Measure.FirstAttendance);
        var returnedAtThird = protection.Adjusted(figures.ReturnedAtThird, Measure.ReturnedAtThird);
        var (completed, cancelled) = (Count("completed"), Count("cancelled"));
        var t = target.Value;
        return TypedResults.Ok(new OverviewResponse(
            scope!.Period, scope.FirstDay, scope.LastDay, scope.MunicipalityCode,
            new TargetResponse(t.Meetings, t.From, t.Until, sessions, t.Meetings == 0 ? 0 : Math.Round(100m * sessions / t.Meetings, 1)),
            sessions, protection.Shown(attendances), protection.Count(figures.People, Measure.PeopleReached),
            // Per session (an exact count of meetings) of the protected attendance, so it tells no more than that figure.
            protection.Shown(attendances) is { } a && sessions > 0 ? Math.Round((decimal)a / sessions, 1) : null,
            protection.Shown(returnedAtThird) is null ? null : protection.Share(returnedAtThird, firstAttendance),
            figures.SeriesStartedByStatus.Values.Sum(), completed, cancelled,
            completed + cancelled == 0 ? null : Math.Round(100m * completed / (completed + cancelled), 1),
            figures.Municipalities, figures.Leaders, figures.ReportsOverdue, !protection.IsExact, protection.FewerThan));
    }
}

/// <summary>
/// The period (a <see cref="GridPeriod"/>; the programme period by default) and, for coordinators,
/// <c>unsuppressed=true</c> for exact figures, with which free dates (<c>from</c>, <c>until</c>) are allowed too.
/// </summary>
public sealed record IndicatorQuery(string? Period, DateOnly? From, DateOnly? Until, string? Municipality, bool? Unsuppressed)
{
    /// <param name="exactAllowed">False for exports and the yearly report, which carry protected figures only.</param>
    public (IndicatorScope? Scope, FigureProtection Protection, ProblemHttpResult? Problem) Resolve(
        Caller caller, ProgrammeTarget target, SuppressionRules rules, bool exactAllowed = true)
    {
        var validation = new Validation();
        var exact = Unsuppressed == true;
        if (exact && caller.Role != Roles.Coordinator)
        {
            validation.Add("unsuppressed", "Unsuppressed figures are for coordinators only.");
        }
        else if (exact && !exactAllowed)
        {
            validation.Add("unsuppressed", "Exports and the yearly report always carry protected figures; ask the JSON answer for exact ones.");
        }
        var free = From is not null || Until is not null;
        GridPeriod? period = null;
        if (Period is not null)
        {
            period = GridPeriod.Parse(Period, target.From, target.Until);
            if (period is null)
            {
                validation.Add("period", $"Must be {GridPeriod.Allowed}.");
            }
            else if (free)
            {
                validation.Add("period", "Give either a period or from and until, not both.");
            }
        }
        else if (free && !exact)
        {
            // Free dates would let anyone shift a period a day at a time and average the same small group out of its noise.
            foreach (var field in new[] { ("from", From), ("until", Until) }.Where(p => p.Item2 is not null).Select(p => p.Item1))
            {
                validation.Add(field, $"Figures about people are published for fixed periods only: ask for {GridPeriod.Allowed}.");
            }
        }
        var from = period?.First ?? From ?? target.From;
        var until = period?.Last ?? Until ?? target.Until;
        if (until < from)
        {
            validation.Add("until", "Must not be before from.");
        }
        var municipality = validation.MunicipalityCode("municipality", Municipality, required: false);
        if (!validation.IsValid)
        {
            return (null, FigureProtection.Exact, ApiProblems.Validation(validation.Invalid));
        }
        // An officer's figures are their own municipality's, whatever they ask for.
        var scoped = caller.MunicipalityScope ?? municipality;
        var name = period?.Name ?? (free ? null : "programme");
        return (new IndicatorScope(DutchTime.StartOf(from), DutchTime.StartOf(until.AddDays(1)), scoped, from, until, name), rules.Protection(exact), null);
    }
}
