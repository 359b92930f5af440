using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using NpgsqlTypes;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Monitoring's indicators at 100 times the programme: 70,000 series and 210,000 session reports
/// (plus 21,000 superseded versions), 1,200 communities and 40,000 organisations, written straight
/// into monitoring's tables (COPY). The service's answers through the gateway are timed against a
/// naive full recomputation: every row read and the figures worked out in memory.
/// </summary>
internal sealed class MonitoringLoad(BenchmarkSystem system)
{
    /// <summary>The exact figures a coordinator may ask for over free dates (logged), against which the naive recount is checked.</summary>
    public const string Period = "from=2024-01-01&until=2026-12-31";

    /// <summary>A grid period, as protected roles ask: a whole year of the three the data covers.</summary>
    public const string GridPeriod = "period=2025";
    private static readonly string[] Audiences = ["women", "men", "mixed", "youth", "parents", "lgbt-people", "other"];
    private static readonly string[] Topics = ["lgbt-acceptance", "gender-equality", "partner-choice", "domestic-violence", "honour-related-violence", "self-determination"];
    private readonly Random _random = new(17);
    private string _connectionString = "";

    public async Task SeedAsync(int series)
    {
        // No command timeout: the bulk load and the rollup's rebuild take longer than the default 30 s.
        _connectionString = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(ResourceNames.MonitoringDb)) { CommandTimeout = 0 }.ConnectionString;
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var municipalities = await WaitForMunicipalitiesAsync(connection);
        // A fifth of the municipalities get no series: the coverage gaps.
        var served = municipalities.OrderBy(_ => _random.Next()).Take(municipalities.Count * 4 / 5).ToList();

        var communities = Enumerable.Range(0, 1_200).Select(_ => Guid.CreateVersion7()).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync("COPY community_references (id, name, languages, municipality_codes, active, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, i) in communities.Select((id, i) => (id, i)))
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"Gemeenschap {i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync(new[] { "ar" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(Pick(municipalities, _random.Next(1, 7)), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY organisation_references (id, name, kind, community_ids, municipality_codes, active, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < 40_000; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync($"Organisatie {i}", NpgsqlDbType.Varchar);
                await copy.WriteAsync("migrant-self-organisation", NpgsqlDbType.Varchar);
                await copy.WriteAsync(new[] { communities[_random.Next(communities.Count)] }, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                await copy.WriteAsync(Pick(municipalities, _random.Next(1, 3)), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }

        var leaders = Enumerable.Range(0, 15_000).Select(_ => Guid.CreateVersion7()).ToList();
        var plans = Enumerable.Range(0, series).Select(_ => (
            Id: Guid.CreateVersion7(),
            Municipality: served[_random.Next(served.Count)],
            Community: communities[_random.Next(communities.Count)],
            Audience: Audiences[_random.Next(Audiences.Length)],
            Topics: Pick(Topics, _random.Next(1, 3)),
            Leader: leaders[_random.Next(leaders.Count)],
            // Tuesdays 19:30 local between January 2024 and October 2026.
            First: new DateTimeOffset(2024, 1, 2, 18, 30, 0, TimeSpan.Zero).AddDays(7 * _random.Next(0, 143)))).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync("COPY series (id, municipality_code, community_id, audience, topic_codes, languages, status, leader_id, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var plan in plans)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(plan.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(plan.Municipality, NpgsqlDbType.Varchar);
                await copy.WriteAsync(plan.Community, NpgsqlDbType.Uuid);
                await copy.WriteAsync(plan.Audience, NpgsqlDbType.Varchar);
                await copy.WriteAsync(plan.Topics, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(new[] { "ar" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync("completed", NpgsqlDbType.Varchar);
                await copy.WriteAsync(plan.Leader, NpgsqlDbType.Uuid);
                await copy.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY series_sessions (series_id, number, starts_at, ends_at, status) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var plan in plans)
            {
                for (var n = 1; n <= 3; n++)
                {
                    var starts = plan.First.AddDays(7 * (n - 1));
                    await copy.StartRowAsync();
                    await copy.WriteAsync(plan.Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(n, NpgsqlDbType.Integer);
                    await copy.WriteAsync(starts, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(starts.AddHours(2), NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync("held", NpgsqlDbType.Varchar);
                }
            }
            await copy.CompleteAsync();
        }
        var reports = 0;
        // Bulk load with the rollup's trigger off, then one set-based rebuild (reach_rebuild) instead of 230,000 row triggers.
        await using (var disable = new NpgsqlCommand("ALTER TABLE session_reports DISABLE TRIGGER session_reports_reach", connection))
        {
            await disable.ExecuteNonQueryAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY session_reports (id, series_id, session_number, version, is_current, session_starts_at, session_date, reported_by, reported_at, attendance, returned, languages, topic_codes, safety, follow_up_needed, " +
            "by_age_from18to29, by_age_from30to49, by_age_from50to64, by_age_from65, by_age_not_stated, by_age_under18, by_gender_men, by_gender_not_stated, by_gender_other, by_gender_women, referrals, record_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var plan in plans)
            {
                var first = _random.Next(6, 25);
                for (var n = 1; n <= 3; n++)
                {
                    // Every version of a report carries its key, as the service keeps it across corrections.
                    var key = _random.NextInt64(1L << 32);
                    var attendance = Math.Max(3, first - _random.Next(0, 5) * (n - 1));
                    var returned = n == 1 ? 0 : Math.Min(attendance, first - _random.Next(0, 4));
                    // One in ten sessions was corrected once: the superseded version stays, not current.
                    var versions = _random.Next(10) == 0 ? 2 : 1;
                    for (var version = 1; version <= versions; version++)
                    {
                        var starts = plan.First.AddDays(7 * (n - 1));
                        var women = attendance / 2;
                        await copy.StartRowAsync();
                        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                        await copy.WriteAsync(plan.Id, NpgsqlDbType.Uuid);
                        await copy.WriteAsync(n, NpgsqlDbType.Integer);
                        await copy.WriteAsync(version, NpgsqlDbType.Integer);
                        await copy.WriteAsync(version == versions, NpgsqlDbType.Boolean);
                        await copy.WriteAsync(starts, NpgsqlDbType.TimestampTz);
                        await copy.WriteAsync(DateOnly.FromDateTime(starts.UtcDateTime), NpgsqlDbType.Date);
                        await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
                        await copy.WriteAsync(starts.AddDays(1), NpgsqlDbType.TimestampTz);
                        await copy.WriteAsync(attendance, NpgsqlDbType.Integer);
                        await copy.WriteAsync(returned, NpgsqlDbType.Integer);
                        await copy.WriteAsync(new[] { "ar" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        await copy.WriteAsync(plan.Topics, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        await copy.WriteAsync(4, NpgsqlDbType.Integer);
                        await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                        foreach (var age in new[] { attendance, 0, 0, 0, 0, 0 })
                        {
                            await copy.WriteAsync(age, NpgsqlDbType.Integer);
                        }
                        foreach (var gender in new[] { attendance - women, 0, 0, women })
                        {
                            await copy.WriteAsync(gender, NpgsqlDbType.Integer);
                        }
                        await copy.WriteAsync("[]", NpgsqlDbType.Jsonb);
                        await copy.WriteAsync(key, NpgsqlDbType.Bigint);
                        reports++;
                    }
                }
            }
            await copy.CompleteAsync();
        }
        await using (var rebuild = new NpgsqlCommand("ALTER TABLE session_reports ENABLE TRIGGER session_reports_reach; SELECT reach_rebuild();", connection))
        {
            var watch = Stopwatch.StartNew();
            await rebuild.ExecuteNonQueryAsync();
            Console.WriteLine($"Rollup rebuilt from the reports in {watch.Elapsed.TotalSeconds:0.0} s.");
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"Monitoring: {plans.Count} series, {plans.Count * 3} sessions, {reports} report versions, {communities.Count} communities, 40000 organisations.");
    }

    private async Task<List<string>> WaitForMunicipalitiesAsync(NpgsqlConnection connection)
    {
        // The registry announces the 342 municipalities at start; monitoring's read model fills from its events.
        for (var attempt = 0; ; attempt++)
        {
            var codes = new List<string>();
            await using (var read = new NpgsqlCommand("SELECT code FROM municipality_references WHERE valid_to IS NULL", connection))
            await using (var reader = await read.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    codes.Add(reader.GetString(0));
                }
            }
            if (codes.Count >= 300 || attempt == 120)
            {
                return codes;
            }
            await Task.Delay(1000);
        }
    }

    private string[] Pick(IReadOnlyList<string> from, int count) => [.. from.OrderBy(_ => _random.Next()).Take(count)];

    /// <summary>Times <paramref name="requests"/> GETs of each path through the gateway, <paramref name="concurrency"/> at a time.</summary>
    public async Task<Dictionary<string, List<double>>> ServiceAsync(IReadOnlyDictionary<string, string> paths, int requests, int concurrency)
    {
        var timings = new Dictionary<string, List<double>>();
        foreach (var (name, path) in paths)
        {
            // Warm up: plans cached, connections open.
            using (var warm = await system.Coordinator.GetAsync(path))
            {
                warm.EnsureSuccessStatusCode();
            }
            var bag = new System.Collections.Concurrent.ConcurrentBag<double>();
            await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, ct) =>
            {
                var watch = Stopwatch.StartNew();
                using var response = await system.Coordinator.GetAsync(path, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                response.EnsureSuccessStatusCode();
                bag.Add(watch.Elapsed.TotalMilliseconds);
            });
            timings[name] = [.. bag];
        }
        return timings;
    }

    /// <summary>The naive way: every series, session and current report read from the database each time and the figures worked out in memory.</summary>
    public async Task<Dictionary<string, List<double>>> NaiveAsync(int runs)
    {
        var timings = new Dictionary<string, List<double>> { ["overview"] = [], ["per municipality"] = [], ["coverage gaps"] = [] };
        var from = new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero);
        var until = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero);
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var (series, reports) = await LoadAllAsync();
            var held = reports.Where(r => r.StartsAt >= from && r.StartsAt < until).ToList();
            var thirds = held.Where(r => r.Number == 3).Select(r => r.Series).ToHashSet();
            var overview = new
            {
                Sessions = held.Count,
                People = held.Sum(r => (long)(r.Attendance - r.Returned)),
                Municipalities = held.Select(r => series[r.Series].Municipality).Distinct().Count(),
                Leaders = held.Select(r => series[r.Series].Leader).Distinct().Count(),
                FirstAttendance = held.Where(r => r.Number == 1 && thirds.Contains(r.Series)).Sum(r => (long)r.Attendance),
            };
            timings["overview"].Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(overview);

            watch.Restart();
            (series, reports) = await LoadAllAsync();
            var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
            var perMunicipality = reports.Where(r => r.StartsAt >= from && r.StartsAt < until)
                .GroupBy(r => (series[r.Series].Municipality, TimeZoneInfo.ConvertTime(r.StartsAt, amsterdam).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(r => (long)(r.Attendance - r.Returned))));
            timings["per municipality"].Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(perMunicipality);

            watch.Restart();
            var gaps = await NaiveCoverageGapsAsync();
            timings["coverage gaps"].Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(gaps);
        }
        return timings;
    }

    private sealed record SeriesRow(string Municipality, Guid Leader);

    private sealed record ReportRow(Guid Series, int Number, DateTimeOffset StartsAt, int Attendance, int Returned);

    private async Task<(Dictionary<Guid, SeriesRow> Series, List<ReportRow> Reports)> LoadAllAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var series = new Dictionary<Guid, SeriesRow>();
        await using (var read = new NpgsqlCommand("SELECT id, municipality_code, leader_id FROM series", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                series[reader.GetGuid(0)] = new SeriesRow(reader.GetString(1), reader.IsDBNull(2) ? Guid.Empty : reader.GetGuid(2));
            }
        }
        var reports = new List<ReportRow>();
        await using (var read = new NpgsqlCommand("SELECT series_id, session_number, session_starts_at, attendance, returned FROM session_reports WHERE is_current", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                reports.Add(new ReportRow(reader.GetGuid(0), reader.GetInt32(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3), reader.GetInt32(4)));
            }
        }
        return (series, reports);
    }

    private async Task<int> NaiveCoverageGapsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        async Task<List<(string Code, string[] Municipalities)>> ReadAsync(string sql)
        {
            var rows = new List<(string, string[])>();
            await using var read = new NpgsqlCommand(sql, connection);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetFieldValue<string[]>(1)));
            }
            return rows;
        }
        var municipalities = (await ReadAsync("SELECT code, ARRAY[code] FROM municipality_references WHERE valid_to IS NULL")).Select(m => m.Code).ToList();
        var covered = (await ReadAsync("SELECT DISTINCT municipality_code, ARRAY[municipality_code] FROM series WHERE status NOT IN ('draft', 'cancelled')")).Select(s => s.Code).ToList();
        var communities = await ReadAsync("SELECT name, municipality_codes FROM community_references WHERE active");
        var organisations = await ReadAsync("SELECT id::text, municipality_codes FROM organisation_references WHERE active");
        // Every municipality against every row: what a first version does.
        return municipalities.Where(m => !covered.Contains(m))
            .Count(m => communities.Any(c => c.Municipalities.Contains(m)) || organisations.Any(o => o.Municipalities.Contains(m)));
    }

    /// <summary>Checks the service's overview against the naive count, so the fast answer is also the right one.</summary>
    public async Task CheckExactAsync()
    {
        var overview = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/monitoring/v1/indicators/overview?{Period}&unsuppressed=true");
        var (_, reports) = await LoadAllAsync();
        var from = new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero);
        var expected = reports.Count(r => r.StartsAt >= from);
        var people = reports.Where(r => r.StartsAt >= from).Sum(r => (long)(r.Attendance - r.Returned));
        Console.WriteLine($"Exactness: service {overview.GetProperty("sessionsHeld").GetInt32()} sessions / {overview.GetProperty("peopleReached").GetInt64()} people; naive {expected} / {people}.");
    }
}
