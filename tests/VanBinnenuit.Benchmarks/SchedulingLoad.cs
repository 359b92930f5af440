using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using NpgsqlTypes;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Leader proposals over the world's 15,000 leaders with 100,000 of its sessions already booked, and
/// booking throughput with the conflict checks (eligibility and the exclusion constraint), through the gateway.
/// </summary>
internal sealed class SchedulingLoad(BenchmarkSystem system, RegistrySeed seed, DemoWorld world)
{
    private int _booked;

    /// <summary>
    /// The sessions of the world's series, in its order, booked for the leader each was planned around
    /// (a series that would overlap one of that leader's bookings is left out), written straight into
    /// scheduling's table (COPY): planning 33,000 series through the API would take hours here.
    /// </summary>
    /// <returns>How many sessions were booked: whole series only, so up to two fewer than asked.</returns>
    public async Task<int> BookSessionsAsync(int sessions)
    {
        var leaders = await seed.LeaderIdsAsync();
        var taken = new Dictionary<Guid, List<(DateTimeOffset From, DateTimeOffset Until)>>();
        var bookings = new List<(Guid Series, int Number, Guid Leader, DateTimeOffset Starts, DateTimeOffset Ends)>();
        foreach (var series in world.Series.Where(s => s.Fate == "planned"))
        {
            _booked++;
            if (bookings.Count + 3 > sessions)
            {
                break;
            }
            var leader = leaders[series.IntendedLeaderEmail];
            var times = BenchmarkWorld.Times(series);
            var blocked = taken.TryGetValue(leader, out var list) ? list : taken[leader] = [];
            if (times.Any(t => blocked.Any(b => t.Starts.AddMinutes(-30) < b.Until && b.From < t.Ends.AddMinutes(30))))
            {
                continue;
            }
            var id = Guid.CreateVersion7();
            foreach (var (time, number) in times.Select((t, i) => (t, i + 1)))
            {
                blocked.Add((time.Starts.AddMinutes(-30), time.Ends.AddMinutes(30)));
                bookings.Add((id, number, leader, time.Starts, time.Ends));
            }
        }
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(ResourceNames.SchedulingDb));
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY leader_bookings (series_id, session_number, leader_id, starts_at, ends_at, blocked_from, blocked_until) FROM STDIN (FORMAT BINARY)");
        foreach (var booking in bookings)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(booking.Series, NpgsqlDbType.Uuid);
            await copy.WriteAsync(booking.Number, NpgsqlDbType.Integer);
            await copy.WriteAsync(booking.Leader, NpgsqlDbType.Uuid);
            await copy.WriteAsync(booking.Starts, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(booking.Ends, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(booking.Starts.AddMinutes(-30), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(booking.Ends.AddMinutes(30), NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
        Console.WriteLine($"Booked {bookings.Count} sessions of the world's first {_booked} planned series for {taken.Count} leaders.");
        return bookings.Count;
    }

    /// <summary>
    /// World series after those booked, still to be given a leader, each a draft with its municipality,
    /// community, audience, language, topics and three dates: <paramref name="perEvening"/> that begin on
    /// each of the <paramref name="evenings"/> busiest evenings of 2027, those of one community side by
    /// side, so coordinators booking at once want the same leaders.
    /// </summary>
    public async Task<List<Guid>> SeriesAsync(int evenings, int perEvening)
    {
        var communities = seed.Communities.ToDictionary(c => c.Name, c => c.Id);
        var ids = new List<Guid>();
        var wanted = world.Series.Where(s => s.Fate == "planned").Skip(_booked).Where(s => s.Sessions[0].Starts.Year == 2027)
            .GroupBy(s => s.Sessions[0].Starts).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(evenings)
            .SelectMany(g => g.GroupBy(s => s.CommunityName).OrderByDescending(c => c.Count()).SelectMany(c => c).Take(perEvening));
        foreach (var series in wanted)
        {
            using var created = await system.Coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
            {
                municipalityCode = series.MunicipalityCode,
                communityId = communities[series.CommunityName],
                audience = series.Audience,
                languages = new[] { series.Language },
                topicCodes = series.TopicCodes,
            });
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var sessions = series.Sessions.Select(s => new
            {
                startsAt = s.Starts.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                endsAt = s.Ends.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                venue = "Buurthuis",
            }).ToArray();
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/scheduling/v1/series/{id}/sessions") { Content = JsonContent.Create(new { sessions }) };
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            using var planned = await system.Coordinator.SendAsync(request);
            planned.EnsureSuccessStatusCode();
            ids.Add(id);
        }
        return ids;
    }

    public async Task<List<double>> ProposalsAsync(IReadOnlyList<Guid> series, int requests)
    {
        var timings = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await system.Coordinator.PostAsJsonAsync($"/api/scheduling/v1/series/{series[i % series.Count]}/leader-proposals", new { limit = 20, excludedLimit = 0 });
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= 5)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return timings;
    }

    /// <summary>
    /// Coordinators assigning leaders at once: each series gets the best proposed leader; several
    /// series share weeks, so many bookings collide and are refused. Gives the timings and the counts.
    /// </summary>
    public async Task<(List<double> Timings, int Booked, int Refused, double PerSecond)> BookAsync(IReadOnlyList<Guid> series, int concurrency)
    {
        var candidates = new Dictionary<Guid, Guid>();
        foreach (var id in series)
        {
            using var response = await system.Coordinator.PostAsJsonAsync($"/api/scheduling/v1/series/{id}/leader-proposals", new { limit = 1, excludedLimit = 0 });
            var best = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eligible");
            if (best.GetArrayLength() > 0)
            {
                candidates[id] = best[0].GetProperty("leaderId").GetGuid();
            }
        }
        var timings = new List<double>();
        var (booked, refused) = (0, 0);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<KeyValuePair<Guid, Guid>>(candidates);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (queue.TryDequeue(out var pair))
            {
                using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/scheduling/v1/series/{pair.Key}/leader") { Content = JsonContent.Create(new { leaderId = pair.Value }) };
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                var watch = Stopwatch.StartNew();
                using var response = await system.Coordinator.SendAsync(request);
                watch.Stop();
                lock (timings)
                {
                    timings.Add(watch.Elapsed.TotalMilliseconds);
                    if (response.IsSuccessStatusCode)
                    {
                        booked++;
                    }
                    else if ((int)response.StatusCode is 409 or 422)
                    {
                        refused++;
                    }
                    else
                    {
                        throw new InvalidOperationException($"Booking answered {(int)response.StatusCode}.");
                    }
                }
            }
        }));
        return (timings, booked, refused, candidates.Count / total.Elapsed.TotalSeconds);
    }
}
