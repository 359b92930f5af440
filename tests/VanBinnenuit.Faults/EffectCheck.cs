using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace VanBinnenuit.Faults;

/// <summary>What the checks found: effects missing (or stale) where they should be, and effects there more than once.</summary>
public sealed record Effects(int Expected, int Lost, int Doubled, IReadOnlyList<string> Examples);

/// <summary>
/// Reads each service's own database (as the superuser, read only) for the ledger's promises: every
/// community in the registry and in the three read models under its last confirmed name; every advice
/// request at its last confirmed status and, where a series was asked for, exactly one draft in scheduling;
/// every registration exactly once.
/// </summary>
public sealed class EffectCheck(FaultSystem system, Ledger ledger)
{
    private static readonly string[] ReadModels = ["scheduling", "monitoring", "advice_requests"];

    /// <summary>The promises confirmed before <paramref name="cutoff"/> (all when null), checked once.</summary>
    public async Task<Effects> CheckAsync(TimeSpan? cutoff = null)
    {
        var before = cutoff ?? TimeSpan.MaxValue;
        var lost = new List<string>();
        var doubled = new List<string>();
        var expected = 0;

        var communities = ledger.Communities.Where(c => c.Value.At < before).ToDictionary(c => c.Key, c => c.Value.Name);
        foreach (var database in ReadModels.Prepend("registry"))
        {
            var table = database == "registry" ? "communities" : "community_references";
            var names = await QueryAsync(database, $"select id, name from {table} where id = any(@keys)", communities.Keys.ToArray(),
                r => (r.GetGuid(0), r.GetString(1)));
            var found = names.ToDictionary(n => n.Item1, n => n.Item2);
            expected += communities.Count;
            lost.AddRange(communities.Where(c => !found.TryGetValue(c.Key, out var name) || name != c.Value).Select(c => $"community {c.Key} in {database}"));
        }
        var names2 = communities.Values.ToArray();
        doubled.AddRange((await QueryAsync("registry", "select name, count(*) from communities where name = any(@keys) group by name having count(*) > 1", names2,
            r => r.GetString(0))).Select(name => $"community '{name}' registered twice"));

        var requests = ledger.Requests.Where(r => r.Value.At < before).ToDictionary(r => r.Key, r => r.Value);
        var statuses = (await QueryAsync("advice_requests", "select id, status from advice_requests where id = any(@keys)", requests.Keys.ToArray(),
            r => (r.GetGuid(0), r.GetString(1)))).ToDictionary(s => s.Item1, s => s.Item2);
        expected += requests.Count;
        lost.AddRange(requests.Where(r => !statuses.TryGetValue(r.Key, out var status) || Word(status) != Word(r.Value.Status))
            .Select(r => $"advice request {r.Key} at {r.Value.Status}"));
        var asked = requests.Where(r => r.Value.SeriesRequested).Select(r => r.Key).ToArray();
        var drafts = (await QueryAsync("scheduling", "select advice_request_id, count(*) from series where advice_request_id = any(@keys) group by 1", asked,
            r => (r.GetGuid(0), r.GetInt64(1)))).ToDictionary(d => d.Item1, d => d.Item2);
        expected += asked.Length;
        lost.AddRange(asked.Where(id => !drafts.ContainsKey(id)).Select(id => $"series draft for advice request {id}"));
        doubled.AddRange(drafts.Where(d => d.Value > 1).Select(d => $"{d.Value} series drafts for advice request {d.Key}"));

        var registrations = ledger.Registrations.Where(r => r.Value < before).Select(r => r.Key).ToArray();
        var entered = (await QueryAsync("scheduling", "select name, count(*) from knowledge_meeting_registrations where name = any(@keys) group by 1", registrations,
            r => (r.GetString(0), r.GetInt64(1)))).ToDictionary(e => e.Item1, e => e.Item2);
        expected += registrations.Length;
        lost.AddRange(registrations.Where(name => !entered.ContainsKey(name)).Select(name => $"registration '{name}'"));
        doubled.AddRange(entered.Where(e => e.Value > 1).Select(e => $"registration '{e.Key}' {e.Value} times"));

        expected += await CheckSeriesAsync(before, lost, doubled);

        return new Effects(expected, lost.Count, doubled.Count, [.. lost.Concat(doubled).Take(10)]);
    }

    /// <summary>
    /// Each series as far as it was confirmed: its leader in scheduling's read model; once planned, the series in
    /// monitoring's; each report there once and its session held in scheduling; after the third, the series completed.
    /// </summary>
    private async Task<int> CheckSeriesAsync(TimeSpan before, List<string> lost, List<string> doubled)
    {
        var series = ledger.Series.Values.Where(s => s.At < before && s.Step > 0).ToList();
        var leaders = series.Select(s => s.LeaderId).ToArray();
        var known = (await QueryAsync("scheduling", "select id from leader_profiles where id = any(@keys)", leaders, r => r.GetGuid(0))).ToHashSet();
        lost.AddRange(leaders.Where(id => !known.Contains(id)).Select(id => $"leader {id} in scheduling"));

        var planned = series.Where(s => s.Step >= SeriesProgress.FirstReport).ToList();
        var ids = planned.Select(s => s.SeriesId).ToArray();
        var inMonitoring = (await QueryAsync("monitoring", "select id from series where id = any(@keys)", ids, r => r.GetGuid(0))).ToHashSet();
        lost.AddRange(ids.Where(id => !inMonitoring.Contains(id)).Select(id => $"planned series {id} in monitoring"));

        var reports = (await QueryAsync("monitoring", "select series_id, session_number, count(*) from session_reports where series_id = any(@keys) group by 1, 2", ids,
            r => (r.GetGuid(0), r.GetInt32(1), r.GetInt64(2)))).ToDictionary(r => (r.Item1, r.Item2), r => r.Item3);
        var held = (await QueryAsync("scheduling", "select series_id, count(*) filter (where reported) from sessions where series_id = any(@keys) group by 1", ids,
            r => (r.GetGuid(0), r.GetInt64(1)))).ToDictionary(h => h.Item1, h => h.Item2);
        var statuses = (await QueryAsync("scheduling", "select id, status from series where id = any(@keys)", ids,
            r => (r.GetGuid(0), r.GetString(1)))).ToDictionary(s => s.Item1, s => s.Item2);
        foreach (var s in planned)
        {
            for (var number = 1; number <= s.Reported; number++)
            {
                var versions = reports.GetValueOrDefault((s.SeriesId, number));
                if (versions == 0)
                {
                    lost.Add($"report of session {number} of series {s.SeriesId}");
                }
                else if (versions > 1)
                {
                    doubled.Add($"report of session {number} of series {s.SeriesId} {versions} times");
                }
            }
            if (held.GetValueOrDefault(s.SeriesId) < s.Reported)
            {
                lost.Add($"{s.Reported} sessions held of series {s.SeriesId} in scheduling");
            }
            if (s.Reported == 3 && Word(statuses.GetValueOrDefault(s.SeriesId) ?? "") != "completed")
            {
                lost.Add($"series {s.SeriesId} completed in scheduling");
            }
        }
        return leaders.Length + planned.Count + planned.Sum(s => (s.Reported * 2) + (s.Reported == 3 ? 1 : 0));
    }

    /// <summary>
    /// For series whose reports scheduling has not all marked, where each report's event got to: monitoring's
    /// outbox row (the event's message id, published or not) and scheduling's inbox (consumed or not), beside
    /// the series and its sessions as scheduling holds them.
    /// </summary>
    public async Task<List<string>> ExplainUnheldReportsAsync(int most = 5)
    {
        var reported = ledger.Series.Values.Where(s => s.Reported > 0).ToDictionary(s => s.SeriesId, s => s.Reported);
        var marked = (await QueryAsync("scheduling", "select series_id, count(*) filter (where reported) from sessions where series_id = any(@keys) group by 1",
            reported.Keys.ToArray(), r => (r.GetGuid(0), r.GetInt64(1)))).ToDictionary(m => m.Item1, m => m.Item2);
        var explained = new List<string>();
        foreach (var (id, count) in reported.Where(r => marked.GetValueOrDefault(r.Key) < r.Value).Take(most))
        {
            var events = await QueryAsync("monitoring", "select id, sent_at is not null, attempts, body::text from outbox_messages where message_type like '%SessionReported' and body::text like '%' || @keys[1]::text || '%' order by occurred_at",
                new[] { id }, r => (r.GetGuid(0), r.GetBoolean(1), r.GetInt32(2), System.Text.RegularExpressions.Regex.Match(r.GetString(3), "\"sessionNumber\": ?(\\d)").Groups[1].Value));
            var consumed = (await QueryAsync("scheduling", "select message_id, processed_at from inbox_messages where message_id = any(@keys)", events.Select(e => e.Item1).ToArray(),
                r => (r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1)))).ToDictionary(c => c.Item1, c => c.Item2);
            var series = await QueryAsync("scheduling", "select s.status, string_agg(x.number || ':' || x.status || (case when x.reported then '+r' else '' end), ' ' order by x.number) from series s join sessions x on x.series_id = s.id where s.id = @keys[1] group by s.status",
                new[] { id }, r => $"{r.GetString(0)} [{r.GetString(1)}]");
            explained.Add($"series {id}, {count} reports confirmed: scheduling has it {series.SingleOrDefault() ?? "not at all"}; " +
                $"SessionReported events: {string.Join(", ", events.Select(e => $"session {e.Item4} {(e.Item2 ? "published" : "unpublished")} after {e.Item3} attempts, {(consumed.TryGetValue(e.Item1, out var at) ? $"consumed {at:HH:mm:ss.fff}" : "NOT consumed")}"))}");
        }
        return explained;
    }

    /// <summary>Outbox events not yet published, summed over the services.</summary>
    public async Task<long> OutboxBacklogAsync()
    {
        long backlog = 0;
        foreach (var database in ReadModels.Prepend("registry"))
        {
            backlog += (await QueryAsync(database, "select count(*) from outbox_messages where sent_at is null and set_aside_at is null", null,
                r => r.GetInt64(0))).Single();
        }
        return backlog;
    }

    /// <summary>
    /// Every error queue holding messages, with how many; and every other queue still holding messages (ready,
    /// or delivered and not yet acknowledged): where events wait that no consumer has finished with. The second
    /// is reported, not judged: the broker's counts lag by seconds.
    /// </summary>
    public async Task<(Dictionary<string, long> Errors, Dictionary<string, string> Waiting)> QueuesAsync()
    {
        using var management = await system.BrokerManagementAsync();
        var queues = (await management.GetFromJsonAsync<JsonElement>("/api/queues?columns=name,messages,messages_ready,messages_unacknowledged")).EnumerateArray()
            .Select(q => (Name: q.GetProperty("name").GetString()!, Held: Count(q, "messages"), Ready: Count(q, "messages_ready"), Unacknowledged: Count(q, "messages_unacknowledged")))
            .ToList();
        var errors = queues.Where(q => q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Held > 0).ToDictionary(q => q.Name, q => q.Held);
        var waiting = queues.Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal) && q.Ready + q.Unacknowledged > 0)
            .ToDictionary(q => q.Name, q => $"{q.Ready} ready, {q.Unacknowledged} unacknowledged");
        return (errors, waiting);
    }

    private static long Count(JsonElement queue, string property) =>
        queue.TryGetProperty(property, out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt64() : 0;

    /// <summary>Case statuses as the API writes them (in-progress) and as the table may hold them (InProgress) compare alike.</summary>
    private static string Word(string status) => status.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    private Task<List<T>> QueryAsync<T>(string database, string sql, Array? keys, Func<NpgsqlDataReader, T> read) =>
        system.QueryAsync(database, sql, read, keys is null ? [] : [("keys", keys)]);
}
