using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

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
        leader.MapPut("", IssueFeed).WithName("IssueCalendarFeed").ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet($"{FeedPath}/{{token}}", ServeFeed).WithTags("Calendar").WithName("CalendarFeed").AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Calendar apps subscribe to an address and send no headers: no token, no API-Version asked.
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-no-sign-in"] = new JsonNodeExtension(JsonValue.Create(
                    "Calendar apps call this address without headers, so it takes no token: the secret in the path is the key, issued by PUT /leaders/{id}/calendar-feed and replaced by the next."));
                return Task.CompletedTask;
            });
        return app;
    }

    private static ProblemHttpResult? NotOwn(Caller caller, Guid id) =>
        caller.Role == Roles.Coordinator || caller.IsLeader(id)
            ? null
            : ApiProblems.Forbidden("This is not your calendar.",
                "A leader manages their own calendar address; coordinators manage anyone's.");

    /// <summary>Read whether a leader's calendar address is issued</summary>
    /// <remarks>
    /// For the leader themself and coordinators: when the current secret address was issued; 404 when none has been. The address itself is shown only once, when it is issued.
    /// </remarks>
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

    /// <summary>Issue a new calendar address</summary>
    /// <remarks>
    /// For the leader themself and coordinators: a new secret address for calendar apps (iCalendar), which replaces and stops the old one. The address is in this answer only; keep it like a password.
    /// </remarks>
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

    /// <summary>Serve a leader's sessions as iCalendar</summary>
    /// <remarks>
    /// The address a calendar app subscribes to, without sign-in: the secret in the path is the key. The leader's sessions of planned series from 90 days back, in Europe/Amsterdam time, with the venue; cancelled ones stay, as cancelled. Titles are neutral, as a phone calendar may be seen by others.
    /// </remarks>
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

public sealed record CalendarFeedState(DateTimeOffset IssuedAt) : IExample<CalendarFeedState>
{
    public static CalendarFeedState Example => new(new DateTimeOffset(2026, 11, 2, 8, 40, 0, TimeSpan.Zero));
}

/// <param name="Url">The secret address, shown this once: put it in a calendar app. Issuing again replaces it.</param>
public sealed record IssuedCalendarFeed(string Url, DateTimeOffset IssuedAt) : IExample<IssuedCalendarFeed>
{
    public static IssuedCalendarFeed Example => new("https://vanbinnenuit.example/api/scheduling/v1/calendar-feeds/q7Zt3xY0cV9bN2mK5pL8wR4sD1fG6hJ0", new DateTimeOffset(2026, 11, 2, 8, 40, 0, TimeSpan.Zero));
}
