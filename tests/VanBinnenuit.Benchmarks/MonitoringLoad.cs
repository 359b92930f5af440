using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using NpgsqlTypes;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Monitoring's indicators over the benchmark world: its 70,000 series with a report for every session
/// held by today (one in ten corrected once, the superseded version kept), its communities and
/// organisations, written straight into monitoring's tables (COPY). The service's answers through the
/// gateway are timed against a naive full recomputation: every row read and the figures worked out in memory.
/// </summary>
internal sealed class MonitoringLoad(BenchmarkSystem system, DemoWorld world)
{
    /// <summary>The exact figures a coordinator may ask for over free dates (logged), against which the naive recount is checked.</summary>
    public const string Period = "from=2024-01-01&until=2026-12-31";

    /// <summary>A grid period, as protected roles ask: a whole year of the three the data covers.</summary>
    public const string GridPeriod = "period=2025";

    // Only for what the world does not say: which reports were corrected, and the records' keys.
    private readonly Random _random = new(17);
    private string _connectionString = "";

    /// <summary>Series, held sessions and report versions written, for the report's titles.</summary>
    public (int Series, int Sessions, int Reports) Written { get; private set; }

    public async Task SeedAsync()
    {
        // No command timeout: the bulk load and the rollup's rebuild take longer than the default 30 s.
        _connectionString = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(ResourceNames.MonitoringDb)) { CommandTimeout = 0 }.ConnectionString;
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await WaitForMunicipalitiesAsync(connection);
        var now = DateTimeOffset.UtcNow;

        var communities = world.Communities.ToDictionary(c => c.Name, _ => Guid.CreateVersion7());
        await using (var copy = await connection.BeginBinaryImportAsync("COPY community_references (id, name, languages, municipality_codes, active, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var community in world.Communities)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(communities[community.Name], NpgsqlDbType.Uuid);
                await copy.WriteAsync(community.Name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(community.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(community.MunicipalityCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync("COPY organisation_references (id, name, kind, community_ids, municipality_codes, active, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var organisation in world.Organisations)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(organisation.Name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(organisation.Kind, NpgsqlDbType.Varchar);
                await copy.WriteAsync(organisation.CommunityNames.Select(name => communities[name]).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                await copy.WriteAsync(organisation.MunicipalityCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(true, NpgsqlDbType.Boolean);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }

        var leaders = world.Leaders.ToDictionary(l => l.Email, _ => Guid.CreateVersion7());
        var plans = world.Series.Select(series => (Id: Guid.CreateVersion7(), Series: series,
            Times: BenchmarkWorld.Times(series))).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync("COPY series (id, municipality_code, community_id, audience, topic_codes, languages, status, leader_id, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, series, times) in plans)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(series.MunicipalityCode, NpgsqlDbType.Varchar);
                await copy.WriteAsync(communities[series.CommunityName], NpgsqlDbType.Uuid);
                await copy.WriteAsync(series.Audience, NpgsqlDbType.Varchar);
                await copy.WriteAsync(series.TopicCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(new[] { series.Language }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(Status(series, times, now), NpgsqlDbType.Varchar);
                await copy.WriteAsync(leaders[series.IntendedLeaderEmail], NpgsqlDbType.Uuid);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        var held = 0;
        await using (var copy = await connection.BeginBinaryImportAsync("COPY series_sessions (series_id, number, starts_at, ends_at, status, reported) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, series, times) in plans)
            {
                for (var n = 1; n <= 3; n++)
                {
                    var ended = series.Fate == "planned" && times[n - 1].Ends <= now;
                    held += ended ? 1 : 0;
                    await copy.StartRowAsync();
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(n, NpgsqlDbType.Integer);
                    await copy.WriteAsync(times[n - 1].Starts, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(times[n - 1].Ends, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(series.Fate == "cancelled" ? "cancelled" : ended ? "held" : "planned", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(ended && series.Reports[n - 1] is not null, NpgsqlDbType.Boolean);
                }
            }
            await copy.CompleteAsync();
        }
        var reports = 0;
        // Bulk load with the rollup's trigger off, then one set-based rebuild (reach_rebuild) instead of a trigger per row.
        await using (var disable = new NpgsqlCommand("ALTER TABLE session_reports DISABLE TRIGGER session_reports_reach", connection))
        {
            await disable.ExecuteNonQueryAsync();
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY session_reports (id, series_id, session_number, version, is_current, session_starts_at, session_date, reported_by, reported_at, attendance, returned, languages, topic_codes, safety, follow_up_needed, " +
            "by_age_from18to29, by_age_from30to49, by_age_from50to64, by_age_from65, by_age_not_stated, by_age_under18, by_gender_men, by_gender_not_stated, by_gender_other, by_gender_women, referrals, record_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, series, times) in plans.Where(p => p.Series.Fate == "planned"))
            {
                for (var n = 1; n <= 3; n++)
                {
                    if (series.Reports[n - 1] is not { } report || times[n - 1].Ends > now)
                    {
                        continue;
                    }
                    // Every version of a report carries its key, as the service keeps it across corrections.
                    var key = _random.NextInt64(1L << 32);
                    var versions = _random.Next(10) == 0 ? 2 : 1;
                    for (var version = 1; version <= versions; version++)
                    {
                        var starts = times[n - 1].Starts;
                        await copy.StartRowAsync();
                        await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                        await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                        await copy.WriteAsync(n, NpgsqlDbType.Integer);
                        await copy.WriteAsync(version, NpgsqlDbType.Integer);
                        await copy.WriteAsync(version == versions, NpgsqlDbType.Boolean);
                        await copy.WriteAsync(starts, NpgsqlDbType.TimestampTz);
                        await copy.WriteAsync(DateOnly.FromDateTime(series.Sessions[n - 1].Starts), NpgsqlDbType.Date);
                        await copy.WriteAsync("benchmark", NpgsqlDbType.Varchar);
                        await copy.WriteAsync(times[n - 1].Ends.AddDays(1), NpgsqlDbType.TimestampTz);
                        await copy.WriteAsync(report.Attendance, NpgsqlDbType.Integer);
                        await copy.WriteAsync(n == 1 ? 0 : report.Returned, NpgsqlDbType.Integer);
                        await copy.WriteAsync(new[] { series.Language }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                        await copy.WriteAsync(series.TopicCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                        await copy.WriteAsync(report.Safety, NpgsqlDbType.Integer);
                        await copy.WriteAsync(report.FollowUpNeeded, NpgsqlDbType.Boolean);
                        foreach (var age in new[] { report.From18To29, report.From30To49, report.From50To64, report.From65, 0, report.Under18 })
                        {
                            await copy.WriteAsync(age, NpgsqlDbType.Integer);
                        }
                        foreach (var gender in new[] { report.Men, 0, report.OtherGender, report.Women })
                        {
                            await copy.WriteAsync(gender, NpgsqlDbType.Integer);
                        }
                        // Referrals are not what the indicators timed here count.
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
        Written = (plans.Count, held, reports);
        Console.WriteLine($"Monitoring: {plans.Count} series, {held} sessions held, {reports} report versions, {communities.Count} communities, {world.Organisations.Count} organisations.");
    }

    /// <summary>The series' status as scheduling would have announced it by today.</summary>
    private static string Status(DemoSeries series, List<(DateTimeOffset Starts, DateTimeOffset Ends)> times, DateTimeOffset now) => series.Fate switch
    {
        "cancelled" => "cancelled",
        "draft" => "draft",
        _ when times[2].Ends <= now => "completed",
        _ when times[0].Starts <= now => "in-progress",
        _ => "planned",
    };

    private static async Task WaitForMunicipalitiesAsync(NpgsqlConnection connection)
    {
        // The registry announces the 342 municipalities at start; monitoring's read model fills from its events.
        await using var count = new NpgsqlCommand("SELECT count(*) FROM municipality_references WHERE valid_to IS NULL", connection);
        for (var attempt = 0; attempt < 120 && (long)(await count.ExecuteScalarAsync())! < 300; attempt++)
        {
            await Task.Delay(1000);
        }
    }

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
        var (from, until) = (new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero));
        var inPeriod = reports.Where(r => r.StartsAt >= from && r.StartsAt < until).ToList();
        var (expected, people) = (inPeriod.Count, inPeriod.Sum(r => (long)(r.Attendance - r.Returned)));
        Console.WriteLine($"Exactness: service {overview.GetProperty("sessionsHeld").GetInt32()} sessions / {overview.GetProperty("peopleReached").GetInt64()} people; naive {expected} / {people}.");
    }
}
