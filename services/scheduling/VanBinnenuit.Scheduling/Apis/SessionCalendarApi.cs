using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// Every session between two Dutch dates, for a month calendar or a week's overview: a coordinator's
/// and advisor's of the whole programme (or a province, a municipality, one leader), an officer's of
/// their own municipality, a leader's own. No venue: a calendar is glanced at, the series page has the rest.
/// </summary>
public static class SessionCalendarApi
{
    /// <summary>Six weeks: the most a month's calendar shows, Monday of its first week to Sunday of its last.</summary>
    public const int MaxDays = 42;

    public static IEndpointRouteBuilder MapSessionCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/sessions").WithTags("Series").RequireAuthorization(Policies.ReadProgrammeData)
            .MapGet("", ListSessions).WithName("ListSessions");
        return app;
    }

    /// <summary>List the sessions between two dates</summary>
    /// <remarks>
    /// Every session from <c>from</c> to <c>to</c> (at most 42 days: a month's calendar), for a month calendar or a week's overview: a coordinator's and advisor's of the whole programme (or a province, a municipality, one leader), an officer's of their own municipality, a leader's own. No venue: the series has the rest.
    /// </remarks>
    public static async Task<Results<Ok<SessionCalendar>, ProblemHttpResult>> ListSessions(
        [AsParameters] SessionCalendarQuery query, SchedulingDbContext db, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var today = DutchTime.DateOf(clock.GetUtcNow());
        var from = Date(validation, "from", query.From) ?? today;
        var to = Date(validation, "to", query.To) ?? from.AddDays(6);
        if (validation.IsValid && (to < from || to.DayNumber - from.DayNumber >= MaxDays))
        {
            validation.Add("to", $"Must be on or after 'from' and at most {MaxDays - 1} days after it.");
        }
        var reader = new SeriesReader(caller);
        if (query.Leader is not null && !reader.SeesLeaders)
        {
            validation.Add("leader", "Municipal officers do not filter sessions by leader.");
        }
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        // Officers' and leaders' scopes come with db.Series (its query filter).
        var series = db.Series.AsNoTracking().Where(s => s.Status != SeriesStatus.Cancelled);
        if (query.Municipality is { } municipality)
        {
            series = series.InMunicipality(municipality);
        }
        if (query.Province is { } province)
        {
            series = series.InProvince(db, province);
        }
        if (query.Leader is { } leader)
        {
            series = series.Where(s => s.LeaderId == leader);
        }
        var (start, end) = (StartOf(from), StartOf(to.AddDays(1)));
        var rows = await (
            from s in series
            from session in s.Sessions
            where session.Status != SessionStatus.Cancelled && session.StartsAt >= start && session.StartsAt < end
            orderby session.StartsAt, s.Id
            select new { s.Id, s.MunicipalityCode, s.CommunityId, s.Audience, s.TopicCodes, s.Status, s.LeaderId, session.Number, session.StartsAt, session.EndsAt, SessionStatus = session.Status })
            .ToListAsync(cancellationToken);
        var names = await SeriesNames.OfAsync(db, rows.Select(r => r.LeaderId), rows.Select(r => r.CommunityId), cancellationToken);
        return TypedResults.Ok(new SessionCalendar(from, to, [.. rows.Select(r => new CalendarSession(
            r.Id, r.Number, DutchTime.Format(r.StartsAt!.Value), DutchTime.Format(r.EndsAt!.Value), r.StartsAt.Value, r.EndsAt.Value, r.SessionStatus,
            r.Status, r.MunicipalityCode, r.CommunityId, names.Communities.GetValueOrDefault(r.CommunityId), r.Audience, r.TopicCodes,
            reader.LeaderId(r.LeaderId), r.LeaderId is { } id ? names.Leaders.GetValueOrDefault(id) : null))]));
    }

    private static DateOnly? Date(Validation validation, string name, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        validation.Add(name, "Must be a date such as 2027-03-01.");
        return null;
    }

    private static DateTimeOffset StartOf(DateOnly date) => DutchTime.StartOf(date);
}

/// <param name="From">The first Dutch date shown (default today).</param>
/// <param name="To">The last Dutch date shown, at most 41 days after <paramref name="From"/> (default six days after it).</param>
/// <param name="Province">A CBS province code (<c>PV27</c>).</param>
/// <param name="Leader">One leader's sessions; not for municipal officers.</param>
public sealed record SessionCalendarQuery(string? From, string? To, string? Municipality, string? Province, Guid? Leader);

/// <summary>The sessions from <paramref name="From"/> to <paramref name="To"/> (Dutch dates, both included), by starting time.</summary>
public sealed record SessionCalendar(DateOnly From, DateOnly To, IReadOnlyList<CalendarSession> Items) : IExample<SessionCalendar>
{
    public static SessionCalendar Example => new(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28), [new CalendarSession(Guid.Parse("0193d2b7-6c1a-7e2f-9a3b-4c5d6e7f8091"), 1, "2027-02-09T19:00", "2027-02-09T21:00", new DateTimeOffset(2027, 2, 9, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 2, 9, 20, 0, 0, TimeSpan.Zero), SessionStatus.Planned, SeriesStatus.Planned, "GM0363", Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12"), "Eritrese gemeenschap", Audience.Women, ["parenting"], Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49"), "Amina Yusuf")]);
}

/// <summary>One session with what a calendar says of its series. <paramref name="LeaderId"/> is not shown to municipal officers.</summary>
public sealed record CalendarSession(
    Guid SeriesId, int Number, string StartsAt, string EndsAt, DateTimeOffset StartsAtUtc, DateTimeOffset EndsAtUtc, SessionStatus Status,
    SeriesStatus SeriesStatus, string MunicipalityCode, Guid CommunityId, string? CommunityName, Audience Audience, IReadOnlyList<string> TopicCodes,
    Guid? LeaderId, string? LeaderName);
