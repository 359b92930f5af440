using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using NpgsqlTypes;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Leader proposals over the 15,000 leaders with 100,000 sessions already booked, and booking
/// throughput with the conflict checks (eligibility and the exclusion constraint), through the gateway.
/// </summary>
internal sealed class SchedulingLoad(BenchmarkSystem system, RegistrySeed seed)
{
    private readonly Random _random = new(11);

    /// <summary>Bookings written straight into scheduling's table (COPY): building 33,000 series through the API would take hours here.</summary>
    public async Task BookSessionsAsync(int sessions)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(ResourceNames.SchedulingDb));
        await connection.OpenAsync();
        var leaders = new List<Guid>();
        await using (var read = new NpgsqlCommand("SELECT id FROM leader_profiles", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                leaders.Add(reader.GetGuid(0));
            }
        }
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY leader_bookings (series_id, session_number, leader_id, starts_at, ends_at, blocked_from, blocked_until) FROM STDIN (FORMAT BINARY)");
        var perLeader = (sessions + leaders.Count - 1) / leaders.Count;
        var written = 0;
        foreach (var leader in leaders)
        {
            // Distinct days in 2027 for each leader, so no two of their bookings overlap.
            foreach (var day in Enumerable.Range(0, 365).OrderBy(_ => _random.Next()).Take(perLeader))
            {
                if (written++ == sessions)
                {
                    break;
                }
                var start = new DateTimeOffset(2027, 1, 1, 17, 30, 0, TimeSpan.Zero).AddDays(day);
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(leader, NpgsqlDbType.Uuid);
                await copy.WriteAsync(start, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(start.AddHours(2), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(start.AddMinutes(-30), NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(start.AddHours(2.5), NpgsqlDbType.TimestampTz);
            }
        }
        await copy.CompleteAsync();
        Console.WriteLine($"Booked {Math.Min(written, sessions)} sessions for {leaders.Count} leaders.");
    }

    /// <summary>A draft with three Tuesday evenings in the given week of 2027, for a seeded community.</summary>
    public async Task<Guid> SeriesAsync(int week)
    {
        var community = seed.Communities[_random.Next(seed.Communities.Count)];
        using var created = await system.Coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
        {
            municipalityCode = seed.Municipalities[_random.Next(seed.Municipalities.Count)].Code,
            communityId = community.Id,
            audience = "mixed",
            languages = new[] { "ar", "tr", "so", "ti", "fa" },
            topicCodes = new[] { RegistrySeed.Topics[_random.Next(RegistrySeed.Topics.Length)] },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var first = new DateOnly(2027, 1, 5).AddDays(7 * week);
        var sessions = Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(d => new { startsAt = $"{d}T19:30", endsAt = $"{d}T21:30", venue = "Buurthuis" }).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/scheduling/v1/series/{id}/sessions") { Content = JsonContent.Create(new { sessions }) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var planned = await system.Coordinator.SendAsync(request);
        planned.EnsureSuccessStatusCode();
        return id;
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
