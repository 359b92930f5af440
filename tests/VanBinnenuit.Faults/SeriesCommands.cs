using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>
/// Series planned and reported, one step per command: a leader registered in the registry (so scheduling
/// learns of them by event), a series drafted for them, its three sessions timed on Tuesday evenings five to
/// three weeks ago, the leader assigned, the series planned (so monitoring learns of it) and its three
/// sessions reported (so scheduling marks them held and completes it). Each series has a leader of its own,
/// so no two book the same evenings.
/// </summary>
public sealed class SeriesCommands(Clients clients, Guid community, string run, Ledger ledger, Func<string, TimeSpan, Func<Task<HttpResponseMessage>>, Func<HttpResponseMessage, TimeSpan, Task>, Task<CommandOutcome>> timed)
{
    private readonly ConcurrentQueue<long> _ready = new();
    private long _next;

    /// <summary>Takes the next step of a series waiting for one, or starts a new series.</summary>
    public async Task<CommandOutcome> NextAsync(TimeSpan sentAt)
    {
        var n = _ready.TryDequeue(out var waiting) ? waiting : Interlocked.Increment(ref _next);
        var progress = ledger.Series.GetOrAdd(n, _ => new SeriesProgress(Guid.Empty, Guid.Empty, 0, sentAt));
        if (progress.Unsure && await CarriedOutAsync(progress))
        {
            progress = ledger.Series[n] = progress with { Step = progress.Step + 1, Unsure = false };
        }
        var outcome = await StepAsync(n, progress, sentAt);
        // A 5xx may come after the change was made (a database lost mid-commit answers 503 too).
        if (outcome.Status is 0 or >= 500)
        {
            ledger.Series[n] = ledger.Series[n] with { Unsure = true };
        }
        if (ledger.Series[n].Step < SeriesProgress.Done)
        {
            _ready.Enqueue(n);
        }
        return outcome;
    }

    private Task<CommandOutcome> StepAsync(long n, SeriesProgress progress, TimeSpan sentAt)
    {
        var series = $"/api/scheduling/v1/series/{progress.SeriesId}";
        return progress.Step switch
        {
            0 => Confirm(n, "leader registered", () => clients.Coordinator.PostAsJsonAsync("/api/registry/v1/leaders", Leader(n)),
                async (response, p) => p with { LeaderId = await IdAsync(response) }),
            1 => Confirm(n, "series drafted", () => clients.Coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
            {
                municipalityCode = "GM0363", communityId = community, audience = "women", languages = new[] { "ti" }, topicCodes = new[] { "gender-equality" },
                notes = $"Storing {run} reeks {n}",
            }), async (response, p) => p with { SeriesId = await IdAsync(response) }),
            2 => Confirm(n, "sessions timed", () => clients.Coordinator.SendAsync(HttpMethod.Put, $"{series}/sessions", new { sessions = Sessions() })),
            // Refused (422) until scheduling has heard of the leader from the registry: tried again at the series' next turn.
            3 => Confirm(n, "leader assigned", () => clients.Coordinator.SendAsync(HttpMethod.Put, $"{series}/leader", new { leaderId = progress.LeaderId })),
            4 => Confirm(n, "series planned", () => clients.Coordinator.SendAsync(HttpMethod.Post, $"{series}/planning", null)),
            // Not found (404) until monitoring has heard the series was planned.
            _ => Confirm(n, "session reported", () => clients.Coordinator.SendAsync(HttpMethod.Put, Report(progress), Attendance(progress.Reported + 1), ifMatch: null)),
        };

        Task<CommandOutcome> Confirm(long key, string kind, Func<Task<HttpResponseMessage>> send, Func<HttpResponseMessage, SeriesProgress, Task<SeriesProgress>>? with = null) =>
            timed(kind, sentAt, send, async (response, at) =>
            {
                var now = ledger.Series[key];
                ledger.Series[key] = (with is null ? now : await with(response, now)) with { Step = now.Step + 1, At = at, Unsure = false };
            });
    }

    /// <summary>
    /// After an answer that never came (or a 5xx), whether the step was carried out anyway, so it is not
    /// done twice: a report is there, the leader assigned, the series planned. Earlier steps make something
    /// new each time, so they are simply tried again (a leader or draft left over is no effect promised).
    /// </summary>
    private async Task<bool> CarriedOutAsync(SeriesProgress progress)
    {
        try
        {
            if (progress.Step >= SeriesProgress.FirstReport)
            {
                using var report = await clients.Coordinator.GetAsync(Report(progress));
                return report.StatusCode == HttpStatusCode.OK;
            }
            if (progress.Step is 3 or 4)
            {
                var series = await clients.Coordinator.GetFromJsonAsync<JsonElement>($"/api/scheduling/v1/series/{progress.SeriesId}");
                return progress.Step == 3
                    ? series.TryGetProperty("leaderId", out var leader) && leader.ValueKind == JsonValueKind.String
                    : series.GetProperty("status").GetString() != "draft";
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
        }
        return false;
    }

    private static string Report(SeriesProgress progress) =>
        $"/api/monitoring/v1/series/{progress.SeriesId}/sessions/{progress.Reported + 1}/report";

    private static object Attendance(int number) => new
    {
        attendance = 10, byGender = new { women = 10 }, byAge = new { from30To49 = 10 }, returned = number == 1 ? 0 : 8,
        languages = new[] { "ti" }, topicCodes = new[] { "gender-equality" }, safety = 4,
    };

    private object Leader(long n) => new
    {
        displayName = $"Storing {run} leider {n}", email = $"leider.{run}.{n}@voorbeeld.nl", gender = "woman",
        languages = new[] { new { code = "ti", proficiency = "native" }, new { code = "nl", proficiency = "fluent" } },
        communityIds = new[] { community }, topicCodes = new[] { "gender-equality" }, homeMunicipalityCode = "GM0363",
        availability = new[] { new { day = "tuesday", from = "18:00", to = "22:30" } }, maxSessionsPerMonth = 10,
    };

    /// <summary>Three Tuesday evenings, five to three weeks ago: held, so they can be reported.</summary>
    private static object[] Sessions()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(-35 - (((int)today.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
        return [.. Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(d => (object)new { startsAt = $"{d}T19:30", endsAt = $"{d}T21:30" })];
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
