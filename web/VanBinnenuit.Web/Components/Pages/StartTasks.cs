using System.Net;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Pages;

/// <summary>One thing the start page says needs doing, with where to do it.</summary>
public sealed record ToDo(string Text, string Href);

/// <summary>
/// What waits for the signed-in person, per role, from the services' own lists (each in the caller's
/// scope): a coordinator's overdue reports, series without a leader and new requests; an advisor's
/// requests past or near their service level; a leader's next session and reports still to write; an
/// officer's requests by status. A service that does not answer leaves its line out.
/// </summary>
public sealed class StartTasks(AdviceRequestsClient adviceRequests, SchedulingClient scheduling, MonitoringClient monitoring)
{
    /// <summary>How far back a leader's sessions are looked at for a missing report: the calendar's six weeks.</summary>
    private const int ReportWindowDays = 41;

    public async Task<IReadOnlyList<ToDo>> ForAsync(Caller caller, DateTimeOffset now, Func<CalendarSession, string> describe)
    {
        var today = VanBinnenuit.Vocabulary.DutchTime.DateOf(now);
        return caller.Role switch
        {
            Roles.Coordinator => await CoordinatorAsync(),
            Roles.Advisor => await AdvisorAsync(),
            Roles.Leader => await LeaderAsync(today, now, describe),
            Roles.MunicipalOfficer => await OfficerAsync(),
            _ => [],
        };
    }

    private async Task<IReadOnlyList<ToDo>> CoordinatorAsync()
    {
        var todo = new List<ToDo>();
        if ((await monitoring.OverviewAsync(IndicatorFilter.Everything)).Value is { ReportsOverdue: > 0 } overview)
        {
            todo.Add(new(Count(overview.ReportsOverdue, "verslag van een bijeenkomst is", "verslagen van bijeenkomsten zijn") + " te laat", "/resultaten"));
        }
        if ((int?)(await scheduling.SeriesAsync(new SeriesFilter(PageSize: 1, Status: "draft", HasLeader: false))).Value?.TotalItems is int leaderless and > 0)
        {
            todo.Add(new(Count(leaderless, "reeks heeft", "reeksen hebben") + " nog geen gespreksleider", "/bijeenkomsten?stand=draft&sorteer=firstSession"));
        }
        if ((int?)(await adviceRequests.ListAsync(new AdviceRequestFilter(PageSize: 1, Status: "submitted"))).Value?.TotalItems is int waiting and > 0)
        {
            todo.Add(new(Count(waiting, "adviesaanvraag wacht", "adviesaanvragen wachten") + " op een eerste beoordeling", "/adviesaanvragen?status=submitted"));
        }
        return todo;
    }

    private async Task<IReadOnlyList<ToDo>> AdvisorAsync()
    {
        var attention = (await adviceRequests.AttentionAsync()).Value ?? [];
        if (attention.Count == 0)
        {
            return [];
        }
        var late = attention.Count(r => r.ServiceLevel.State is "breached");
        var text = Count(attention.Count, "adviesaanvraag heeft", "adviesaanvragen hebben") + " aandacht nodig"
            + (late > 0 ? $", waarvan {late} over de termijn" : "");
        return [new(text, "/adviesaanvragen"), .. attention.Take(3).Select(r => new ToDo($"{Words.CaseStatus(r.Status)}: {Words.Shorten(r.Question, 80)}", $"/adviesaanvragen/{r.Id}"))];
    }

    private async Task<IReadOnlyList<ToDo>> LeaderAsync(DateOnly today, DateTimeOffset now, Func<CalendarSession, string> describe)
    {
        var todo = new List<ToDo>();
        var coming = (await scheduling.SessionsAsync(new CalendarFilter(today, today.AddDays(ReportWindowDays)))).Value;
        if (coming?.Items.FirstOrDefault(s => s.StartsAtUtc > now) is { } next)
        {
            todo.Add(new($"Uw volgende bijeenkomst: {Words.DateTime(next.StartsAtUtc)}, {describe(next)}", $"/mijn-bijeenkomsten#reeks-{next.SeriesId}"));
        }
        var past = (await scheduling.SessionsAsync(new CalendarFilter(today.AddDays(-ReportWindowDays), today))).Value;
        foreach (var session in past?.Items.Where(s => s.EndsAtUtc <= now) ?? [])
        {
            // Monitoring answers 404 for a session without a report; the leader writes it from the session's own page.
            var report = await monitoring.ReportAsync(session.SeriesId, session.Number);
            if (report.Problem?.Status == (int)HttpStatusCode.NotFound)
            {
                todo.Add(new($"Verslag schrijven van bijeenkomst {session.Number} op {Words.DateTime(session.StartsAtUtc)}, {describe(session)}",
                    $"/mijn-bijeenkomsten/{session.SeriesId}/verslag/{session.Number}"));
            }
        }
        return todo;
    }

    private async Task<IReadOnlyList<ToDo>> OfficerAsync()
    {
        // An officer's own municipality's requests: tens, not hundreds, so one page counts them all.
        var requests = (await adviceRequests.ListAsync(new AdviceRequestFilter(PageSize: 100))).Value?.Items ?? [];
        return [.. requests.Where(r => r.Status != "closed").GroupBy(r => r.Status).OrderBy(g => Words.CaseStatuses.Select(s => s.Code).ToList().IndexOf(g.Key))
            .Select(g => new ToDo($"{Count(g.Count(), "adviesaanvraag", "adviesaanvragen")}: {Words.CaseStatus(g.Key).ToLowerInvariant()}", $"/adviesaanvragen?status={g.Key}"))];
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
