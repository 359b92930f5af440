using System.Text.Json;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>
/// The scheduling API as the pages use it: series of three sessions, the leader proposals, the
/// calendar, a leader's calendar feed and the knowledge meetings. Changes to a series send the version
/// the page showed (<c>If-Match</c>).
/// </summary>
public sealed class SchedulingClient(GatewayApi api)
{
    private const string Base = "api/scheduling/v1";

    public Task<ApiResult<Page<MeetingSeries>>> SeriesAsync(SeriesFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<Page<MeetingSeries>>(filter.Query().After($"{Base}/series"), cancellationToken);

    public Task<ApiResult<MeetingSeries>> GetSeriesAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<MeetingSeries>(Series(id), cancellationToken);

    public Task<ApiResult<MeetingSeries>> DraftSeriesAsync(SeriesDraft draft, CancellationToken cancellationToken = default) =>
        api.SendAsync<MeetingSeries>(HttpMethod.Post, $"{Base}/series", draft, cancellationToken: cancellationToken);

    /// <summary>The best leaders for the series, each with the reasons of their score.</summary>
    public Task<ApiResult<LeaderProposals>> ProposeLeadersAsync(Guid id, int limit = 10, CancellationToken cancellationToken = default) =>
        api.SendAsync<LeaderProposals>(HttpMethod.Post, $"{Series(id)}/leader-proposals", new { limit, excludedLimit = 0 }, cancellationToken: cancellationToken);

    public Task<ApiResult<JsonElement>> AssignLeaderAsync(Guid id, LeaderAssignment assignment, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Put, $"{Series(id)}/leader", assignment, version, cancellationToken);

    public Task<ApiResult<JsonElement>> TimeSessionsAsync(Guid id, SessionsPlan plan, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Put, $"{Series(id)}/sessions", plan, version, cancellationToken);

    public Task<ApiResult<JsonElement>> PlanAsync(Guid id, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, $"{Series(id)}/planning", new { }, version, cancellationToken);

    /// <summary>The sessions in the caller's scope; without dates, today and the six days after it.</summary>
    public Task<ApiResult<SessionCalendar>> SessionsAsync(CalendarFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<SessionCalendar>(filter.Query().After($"{Base}/sessions"), cancellationToken);

    /// <summary>When the leader's calendar feed was issued; the feed's address itself is shown once, when issued.</summary>
    public Task<ApiResult<CalendarFeedState>> CalendarFeedAsync(string leaderId, CancellationToken cancellationToken = default) =>
        api.GetAsync<CalendarFeedState>(CalendarFeed(leaderId), cancellationToken);

    /// <summary>A new feed address; the one before stops working.</summary>
    public Task<ApiResult<IssuedCalendarFeed>> IssueCalendarFeedAsync(string leaderId, CancellationToken cancellationToken = default) =>
        api.SendAsync<IssuedCalendarFeed>(HttpMethod.Put, CalendarFeed(leaderId), new { }, cancellationToken: cancellationToken);

    public Task<ApiResult<List<KnowledgeMeeting>>> KnowledgeMeetingsAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<KnowledgeMeeting>>($"{Base}/knowledge-meetings", cancellationToken);

    /// <summary>Registers the caller for the meeting (or puts them on its waiting list), or takes the registration back.</summary>
    public Task<ApiResult<KnowledgeMeeting>> ChangeRegistrationAsync(string meeting, bool register, CancellationToken cancellationToken = default) =>
        api.SendAsync<KnowledgeMeeting>(register ? HttpMethod.Put : HttpMethod.Delete,
            $"{Base}/knowledge-meetings/{Uri.EscapeDataString(meeting)}/registrations/mine", body: null, cancellationToken: cancellationToken);

    private static string Series(Guid id) => $"{Base}/series/{id}";

    private static string CalendarFeed(string leaderId) => $"{Base}/leaders/{Uri.EscapeDataString(leaderId)}/calendar-feed";
}

/// <summary>What a list of series is narrowed to; a municipal officer's is their own municipality whatever is asked.</summary>
public sealed record SeriesFilter(
    int Page = 1, int PageSize = 20, string? Sort = null, string? Search = null, string? Status = null, string? Audience = null, string? Topic = null,
    string? Municipality = null, string? Province = null, string? Leader = null, bool? HasLeader = null)
{
    public ApiQuery Query() => ApiQuery.Paged(Page, PageSize)
        .With("sort", Sort).With("search", Search).With("status", Status).With("audience", Audience).With("topic", Topic)
        .With("municipality", Municipality).With("province", Province).With("leader", Leader).With("hasLeader", HasLeader);
}

/// <summary>The days, and for coordinators the province or leader, the calendar shows.</summary>
public sealed record CalendarFilter(DateOnly? From = null, DateOnly? To = null, string? Province = null, Guid? Leader = null)
{
    public static readonly CalendarFilter ThisWeek = new();

    public ApiQuery Query() => new ApiQuery().With("from", From).With("to", To).With("province", Province).With("leader", Leader);
}
