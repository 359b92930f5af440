using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.ServiceDefaults.Auth;
using VanBinnenuit.ServiceDefaults.Problems;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// A leader's calendar feed: <c>PUT /v1/leaders/{id}/calendar-feed</c> issues a new secret address
/// (shown once; the old one stops working), <c>GET</c> tells whether one exists, and
/// <c>GET /v1/calendar-feeds/{token}</c> serves the feed to calendar apps without a token.
/// </summary>
public static class CalendarFeedsApi
{
    public const string FeedPath = "/v1/calendar-feeds";

    public static IEndpointRouteBuilder MapCalendarFeedsApi(this IEndpointRouteBuilder app)
    {
        var leader = app.MapGroup("/v1/leaders/{id:guid}/calendar-feed").WithTags("Calendar").RequireAuthorization(Policies.ReadProgrammeData);
        leader.MapGet("", GetFeedState).WithName("GetCalendarFeed");
        leader.MapPut("", IssueFeed).WithName("IssueCalendarFeed");
        app.MapGet($"{FeedPath}/{{token}}", ServeFeed).WithTags("Calendar").WithName("CalendarFeed").AllowAnonymous();
        return app;
    }

    private static ProblemHttpResult? NotOwn(Caller caller, Guid id) =>
        caller.Role == Roles.Coordinator || caller.IsLeader(id)
            ? null
            : ApiProblems.Forbidden("This is not your calendar.",
                "A leader manages their own calendar address; coordinators manage anyone's.");

    public static async Task<Results<Ok<CalendarFeedState>, ProblemHttpResult>> GetFeedState(
        Guid id, SchedulingDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (NotOwn(caller, id) is { } forbidden)
        {
            return forbidden;
        }
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.LeaderId == id, cancellationToken);
        return feed is null ? ApiProblems.NotFound("No calendar address has been issued yet; PUT issues one.") : TypedResults.Ok(new CalendarFeedState(feed.IssuedAt));
    }

    public static async Task<Results<Ok<IssuedCalendarFeed>, ProblemHttpResult>> IssueFeed(
        Guid id, SchedulingDbContext db, Caller caller, TimeProvider clock, HttpRequest http, CancellationToken cancellationToken)
    {
        if (NotOwn(caller, id) is { } forbidden)
        {
            return forbidden;
        }
        if (!await db.LeaderProfiles.AnyAsync(l => l.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound($"Scheduling has not heard of leader {id} from the registry.");
        }
        var (feed, token) = CalendarFeed.Issue(id, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.LeaderId == id).ExecuteDeleteAsync(cancellationToken);
        db.CalendarFeeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("A new calendar address was issued at the same moment; ask again for one that is yours.");
        }
        // PathBase carries the gateway's /api/scheduling, so the address works from outside.
        var url = $"{http.Scheme}://{http.Host}{http.PathBase}{FeedPath}/{token}";
        return TypedResults.Ok(new IssuedCalendarFeed(url, feed.IssuedAt));
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ServeFeed(
        string token, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var hash = CalendarFeed.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (feed is null)
        {
            return ApiProblems.NotFound("This calendar address does not exist (any more).");
        }
        var now = clock.GetUtcNow();
        var since = now.AddDays(-90);
        // Anonymous request: the query filters see no caller, so the leader is selected explicitly.
        var series = await db.Series.AsNoTracking()
            .Where(s => s.LeaderId == feed.LeaderId && s.Status != SeriesStatus.Draft && s.Sessions.Any(x => x.EndsAt > since))
            .ToListAsync(cancellationToken);
        var codes = series.Select(s => s.MunicipalityCode).Distinct().ToList();
        var names = await db.Set<MunicipalityReference>().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken);
        return TypedResults.Text(LeaderCalendar.Serialize(series, names, now), "text/calendar; charset=utf-8");
    }
}

public sealed record CalendarFeedState(DateTimeOffset IssuedAt);

/// <param name="Url">The secret address, shown this once: put it in a calendar app. Issuing again replaces it.</param>
public sealed record IssuedCalendarFeed(string Url, DateTimeOffset IssuedAt);
