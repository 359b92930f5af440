using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Benchmarks;

/// <summary>Requests answered in a closed loop: how many per second, and each one's time.</summary>
internal sealed record Throughput(string Path, int Answered, int Failed, TimeSpan Length, List<double> Latencies)
{
    public double PerSecond => Answered / Length.TotalSeconds;
}

/// <summary>
/// The `system` mode's measurements of the whole running system (issue 22): a page read straight to the
/// registry, through Aspire's per-service proxy and through the gateway; event propagation under a steady
/// stream of registry changes; the resident memory of every process, idle and under that load.
/// </summary>
internal sealed class SystemLoad(BenchmarkSystem system)
{
    /// <summary>The services whose processes are measured, the gateway and the web with them.</summary>
    public static readonly string[] Processes =
        [ResourceNames.Registry, ResourceNames.Scheduling, ResourceNames.Monitoring, ResourceNames.AdviceRequests, ResourceNames.Identity, ResourceNames.Gateway, ResourceNames.Web];

    /// <summary>The read the baseline timed: a page of municipalities, DB-backed, token checked.</summary>
    public const string PageRead = "/v1/municipalities?page=1&pageSize=20";

    /// <summary>
    /// Where the registry's own Kestrel listens: the app host gives the process its port in ASPNETCORE_URLS
    /// and puts its proxy on the endpoint everyone else is told of.
    /// </summary>
    public async Task<Uri> DirectAsync(string resource)
    {
        var running = await system.App.ResourceNotifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == KnownResourceStates.Running);
        var urls = running.Snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "ASPNETCORE_URLS")?.Value
            ?? throw new InvalidOperationException($"{resource} was given no ASPNETCORE_URLS.");
        return new Uri(urls.Split(';')[0]);
    }

    /// <summary>
    /// <paramref name="connections"/> clients, each sending its next request when the last is answered, for
    /// <paramref name="length"/> (after <paramref name="warmUp"/> not counted).
    /// </summary>
    public static async Task<Throughput> ClosedLoopAsync(Uri url, string token, int connections, TimeSpan length, TimeSpan warmUp)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await RunAsync(warmUp, []);
        var latencies = new List<double>();
        var (answered, failed) = await RunAsync(length, latencies);
        return new Throughput(url.PathAndQuery, answered, failed, length, latencies);

        async Task<(int Answered, int Failed)> RunAsync(TimeSpan during, List<double> into)
        {
            var clock = Stopwatch.StartNew();
            var answered = 0;
            var failed = 0;
            await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
            {
                var mine = new List<double>();
                while (clock.Elapsed < during)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(url);
                    await response.Content.LoadIntoBufferAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                lock (into)
                {
                    into.AddRange(mine);
                    answered += mine.Count;
                }
            }));
            return (answered, failed);
        }
    }

    /// <summary>
    /// Registry changes at a steady rate of commands through the gateway (a community registered, then
    /// renamed), each of which three services consume into their read models. Gives commands sent and failed.
    /// </summary>
    public async Task<(int Sent, int Failed)> RegistryChangesAsync(int perSecond, TimeSpan length)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var clock = Stopwatch.StartNew();
        // Two commands per change (register, rename): a change every 2 / perSecond seconds.
        var interval = TimeSpan.FromSeconds(2.0 / perSecond);
        var sent = new List<Task<bool>>();
        for (var n = 0; clock.Elapsed < length; n++)
        {
            var due = (interval * n) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            sent.Add(ChangeAsync($"Meting {run} {n}"));
        }
        var results = await Task.WhenAll(sent);
        return (results.Length * 2, results.Count(ok => !ok));

        async Task<bool> ChangeAsync(string name)
        {
            using var created = await system.Coordinator.PostAsJsonAsync("/api/registry/v1/communities", Community(name));
            if (!created.IsSuccessStatusCode)
            {
                return false;
            }
            var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
            using var renamed = await system.Coordinator.SendAsync(HttpMethod.Put, $"/api/registry/v1/communities/{id}", Community(name + " gewijzigd"));
            return renamed.IsSuccessStatusCode;
        }
    }

    private static object Community(string name) => new
    {
        name, originCountries = new[] { "ER" }, languages = new[] { "ti" }, presence = new[] { new { municipalityCode = "GM0363" } },
    };

    /// <summary>
    /// Per consuming service, each event's way from the registry's commit (the outbox row's time, written in
    /// the command's transaction) to the consumer's inbox record (written in the transaction that changes its
    /// read model), for the registry's events since <paramref name="since"/>; waits up to a minute for the last.
    /// The first entry, "relay", is the part up to the broker's confirm (the row's sent time), to tell the
    /// relay's share from the consumers'.
    /// </summary>
    public async Task<Dictionary<string, List<double>>> PropagationAsync(DateTimeOffset since)
    {
        var events = await system.QueryAsync("registry", "select id, occurred_at, sent_at from outbox_messages where occurred_at >= @since",
            r => (Id: r.GetGuid(0), Occurred: r.GetFieldValue<DateTimeOffset>(1), Sent: r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2)),
            ("since", since));
        var occurred = events.ToDictionary(e => e.Id, e => e.Occurred);
        var ids = occurred.Keys.ToArray();
        var delays = new Dictionary<string, List<double>>
        {
            ["relay"] = [.. events.Where(e => e.Sent is not null).Select(e => (e.Sent!.Value - e.Occurred).TotalMilliseconds)],
        };
        foreach (var database in new[] { "scheduling", "monitoring", "advice_requests" })
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            List<(Guid Id, DateTimeOffset Processed)> consumed;
            do
            {
                consumed = await system.QueryAsync(database, "select message_id, processed_at from inbox_messages where message_id = any(@ids)",
                    r => (r.GetGuid(0), r.GetFieldValue<DateTimeOffset>(1)), ("ids", ids));
            }
            while (consumed.Count < ids.Length && DateTime.UtcNow < deadline && await Delay());
            delays[database] = [.. consumed.Select(c => (c.Processed - occurred[c.Id]).TotalMilliseconds)];
            if (consumed.Count < ids.Length)
            {
                Console.WriteLine($"{database}: {ids.Length - consumed.Count} of {ids.Length} events not consumed after a minute");
            }
        }
        return delays;

        static async Task<bool> Delay()
        {
            await Task.Delay(1000);
            return true;
        }
    }

    /// <summary>Resident memory (MB) of each process: the service's own, not the <c>dotnet run</c> that launched it in local mode.</summary>
    public async Task<Dictionary<string, double>> ResidentAsync()
    {
        var resident = new Dictionary<string, double>();
        foreach (var resource in Processes)
        {
            var pid = await system.App.ProcessIdAsync(resource, CancellationToken.None);
            resident[resource] = ResourceProcesses.Tree(pid).Max(ResidentMegabytes);
        }
        return resident;
    }

    private static double ResidentMegabytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0; // gone meanwhile
        }
    }
}
