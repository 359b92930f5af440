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
        var held = db.HeldSessions(scope!);
        var totals = await held.GroupBy(_ => 1).Select(g => new
        {
            Sessions = g.Count(),
            Attendances = g.Sum(h => (long)h.Attendance),
            People = g.Sum(h => (long)(h.Attendance - h.Returned)),
            Municipalities = g.Select(h => h.MunicipalityCode).Distinct().Count(),
            Leaders = g.Where(h => h.LeaderId != null).Select(h => h.LeaderId).Distinct().Count(),
        }).SingleOrDefaultAsync(cancellationToken);
        // Retention: of those at session 1, the share back at session 3, over the series with both reported.
        var third = held.Where(h => h.Number == 3);
        var retention = await held.Where(h => h.Number == 1 && third.Any(t => t.SeriesId == h.SeriesId))
            .GroupBy(_ => 1).Select(g => new { First = g.Sum(h => (long)h.Attendance) }).SingleOrDefaultAsync(cancellationToken);
        var returnedAtThird = await third.Where(t => held.Any(h => h.Number == 1 && h.SeriesId == t.SeriesId)).SumAsync(t => (long)t.Returned, cancellationToken);
        var started = db.SeriesIn(scope!).Where(s => s.Sessions.Any(x => x.Number == 1 && x.StartsAt >= scope!.From && x.StartsAt < scope.Until));
        var byStatus = await started.GroupBy(s => s.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(string status) => byStatus.Where(s => s.Status == status).Sum(s => s.Count);
        var overdue = await db.OverdueReportsAsync(scope!, clock.GetUtcNow(), rules.Value.ReportDueDays, cancellationToken);

        var sessions = totals?.Sessions ?? 0;
        var attendances = SmallCells.Suppress(totals?.Attendances ?? 0, threshold);
        var people = SmallCells.Suppress(totals?.People ?? 0, threshold);
        var firstAttendance = SmallCells.Suppress(retention?.First ?? 0, threshold);
        var (completed, cancelled) = (Count("completed"), Count("cancelled"));
        var t = target.Value;
        return TypedResults.Ok(new OverviewResponse(
            scope!.FirstDay, scope.LastDay, scope.MunicipalityCode,
            new TargetResponse(t.Meetings, t.From, t.Until, sessions, t.Meetings == 0 ? 0 : Math.Round(100m * sessions / t.Meetings, 1)),
            sessions, attendances, people,
            attendances is { } a && sessions > 0 ? Math.Round((decimal)a / sessions, 1) : null,
            firstAttendance is { } f && f > 0 ? Math.Round(100m * returnedAtThird / f, 1) : null,
            byStatus.Sum(s => s.Count), completed, cancelled,
            completed + cancelled == 0 ? null : Math.Round(100m * completed / (completed + cancelled), 1),
            totals?.Municipalities ?? 0, totals?.Leaders ?? 0, overdue, suppress));
    }
}

/// <summary>The period (local dates, both inclusive; the programme period by default) and, for coordinators, <c>unsuppressed=true</c>.</summary>
public sealed record IndicatorQuery(DateOnly? From, DateOnly? Until, string? Municipality, bool? Unsuppressed)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

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
        return (new IndicatorScope(Start(from), Start(until.AddDays(1)), scoped, from, until), Unsuppressed != true, null);
    }

    private static DateTimeOffset Start(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }
}
