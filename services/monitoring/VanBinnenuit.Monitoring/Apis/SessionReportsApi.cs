using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record ReferralResponse(ReferralKind Kind, int Count);

/// <summary>A report version as its readers (coordinators and the series' leader) see it.</summary>
public sealed record SessionReportResponse(
    Guid SeriesId, int SessionNumber, int Version, string ReportedBy, DateTimeOffset ReportedAt, int Attendance, GenderCounts ByGender, AgeCounts ByAge,
    int Returned, IReadOnlyList<string> Languages, IReadOnlyList<string> TopicCodes, int Safety, IReadOnlyList<ReferralResponse> Referrals,
    bool FollowUpNeeded, string? Reflection, string? CorrectionReason) : IExample<SessionReportResponse>
{
    public static SessionReportResponse Example => new(Guid.Parse("0193d2b7-6c1a-7e2f-9a3b-4c5d6e7f8091"), 1, 1, "8c2e4f6a-0b1d-4c3e-9f5a-7b9d1e3f5a70", new DateTimeOffset(2026, 10, 6, 20, 45, 0, TimeSpan.Zero), 14, new GenderCounts(12, 0, 0, 2), new AgeCounts(0, 3, 7, 3, 1, 0), 0, ["ti", "nl"], ["parenting"], 4, [new ReferralResponse(ReferralKind.SocialTeam, 1)], false, "Open gesprek; de groep wil verder over opvoeding.", null);

    public static SessionReportResponse For(SessionReport r) => new(r.SeriesId, r.SessionNumber, r.Version, r.ReportedBy, r.ReportedAt, r.Attendance,
        r.ByGender, r.ByAge, r.Returned, r.Languages, r.TopicCodes, r.Safety, [.. r.Referrals.Select(x => new ReferralResponse(x.Kind, x.Count))],
        r.FollowUpNeeded, r.Reflection, r.CorrectionReason);
}

/// <summary>
/// Session reports: written by the series' leader (or a coordinator for them) once the session has
/// been held, corrected as new versions, read by the same two. Each version announces <see cref="SessionReported"/>.
/// </summary>
public static class SessionReportsApi
{
    public static IEndpointRouteBuilder MapSessionReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/series/{id:guid}/sessions/{number:int}/report").WithTags("Session reports").RequireAuthorization(Policies.ReportSessions);
        api.MapGet("", GetReport).WithName("GetSessionReport");
        api.MapGet("/versions", ListVersions).WithName("ListSessionReportVersions");
        api.MapPut("", SubmitReport).WithName("SubmitSessionReport").RequiresIfMatch(always: false).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Read a session's report</summary>
    /// <remarks>
    /// The latest version of what a held session reached, in counts only: attendance, by gender and age band, who returned, languages, topics, how safe it felt, referrals. For the series' leader and coordinators. The <c>ETag</c> names the version.
    /// </remarks>
    public static async Task<Results<Ok<SessionReportResponse>, ProblemHttpResult>> GetReport(
        Guid id, int number, MonitoringDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var (_, problem) = await OwnSeries.FindAsync(db, id, number, caller, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var report = await CurrentAsync(db, id, number, cancellationToken);
        if (report is null)
        {
            return ApiProblems.NotFound($"Session {number} of series {id} has no report yet.");
        }
        response.Tag((uint)report.Version);
        return TypedResults.Ok(SessionReportResponse.For(report));
    }

    /// <summary>List a session report's versions</summary>
    /// <remarks>
    /// Every version of the report, the first and each correction with its reason, oldest first.
    /// </remarks>
    public static async Task<Results<Ok<List<SessionReportResponse>>, ProblemHttpResult>> ListVersions(
        Guid id, int number, MonitoringDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        var (_, problem) = await OwnSeries.FindAsync(db, id, number, caller, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var versions = await db.Reports.AsNoTracking().Where(r => r.SeriesId == id && r.SessionNumber == number).OrderBy(r => r.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(versions.Select(SessionReportResponse.For).ToList());
    }

    /// <summary>Submit or correct a session's report</summary>
    /// <remarks>
    /// The first report (201) needs no <c>If-Match</c>; a correction (200) sends the <c>ETag</c> of the version it corrects as <c>If-Match</c> and gives a <c>correctionReason</c>. A session not yet held is refused with 422; counts that do not add up to the attendance are refused with 400 at their field.
    /// </remarks>
    public static async Task<Results<Ok<SessionReportResponse>, Created<SessionReportResponse>, ProblemHttpResult>> SubmitReport(
        Guid id, int number, ReportDraft draft, MonitoringDbContext db, Caller caller, TimeProvider clock, IRecordKeys keys, HttpContext http,
        CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var report = draft.Normalise(validation, number);
        if (report is null)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (series, problem) = await OwnSeries.FindAsync(db, id, number, caller, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        // Tracked: the current version stops being current in the same transaction the new one is written.
        var current = await db.Reports.SingleOrDefaultAsync(r => r.SeriesId == id && r.SessionNumber == number && r.IsCurrent, cancellationToken);
        if (current is not null && !EntityTags.TryMatch(http.Request, (uint)current.Version, out var stale))
        {
            return stale!;
        }
        switch (report.File(series, number, current, caller.Subject ?? "", clock.GetUtcNow(), keys.Next))
        {
            case { Kind: ReportRefusalKind.NotHeld } notHeld:
                return ApiProblems.Unprocessable(notHeld.Detail!, [new InvalidParam(notHeld.Field, notHeld.Reason)]);
            case { } refused:
                return ApiProblems.Validation(new InvalidParam(refused.Field, refused.Reason));
        }
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Two versions written at once: the unique (series, session, version) lets one through.
            return ApiProblems.PreconditionFailed("Another report of this session was saved at the same moment; read it and correct that one.");
        }
        http.Response.Tag((uint)report.Version);
        var body = SessionReportResponse.For(report);
        return current is null ? TypedResults.Created($"/v1/series/{id}/sessions/{number}/report", body) : TypedResults.Ok(body);
    }

    private static Task<SessionReport?> CurrentAsync(MonitoringDbContext db, Guid id, int number, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.SeriesId == id && r.SessionNumber == number && r.IsCurrent, cancellationToken);
}
