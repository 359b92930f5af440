using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// `system`: the whole system as <c>./run.sh</c> starts it (Release), measured from outside as issue 22 asks,
/// every figure beside its baseline in one table: time to healthy; a DB-backed page read straight to the
/// registry, through Aspire's proxy and through the gateway (16 connections, closed loop); event propagation
/// at a steady 100 commands/s; each process's resident memory idle and under that load.
/// </summary>
internal static class SystemMode
{
    public static async Task RunAsync(int connections, TimeSpan readLength, int commandsPerSecond, TimeSpan loadLength)
    {
        var started = Stopwatch.StartNew();
        await using var system = new BenchmarkSystem();
        await system.InitializeAsync();
        var healthy = started.Elapsed;
        var load = new SystemLoad(system);
        Console.WriteLine($"{Environment.ProcessorCount} cores; healthy and signed in after {healthy.TotalSeconds:0.0} s");

        // Idle: the system as it stands a little after start, nothing asked of it.
        await Task.Delay(TimeSpan.FromSeconds(20));
        var idle = await load.ResidentAsync();

        var token = system.Coordinator.DefaultRequestHeaders.Authorization!.Parameter!;
        Uri[] targets =
        [
            new(await load.DirectAsync(ResourceNames.Registry), SystemLoad.PageRead),
            new(system.App.GetEndpoint(ResourceNames.Registry, "http"), SystemLoad.PageRead),
            new(system.Gateway.BaseAddress!, "/api/registry" + SystemLoad.PageRead),
        ];
        // Every path warmed (the registry's code tiered up, the gateway's too) before any is measured, so the first is not the slowest for that alone.
        foreach (var target in targets)
        {
            await SystemLoad.ClosedLoopAsync(target, token, connections, TimeSpan.Zero, warmUp: TimeSpan.FromSeconds(10));
        }
        var direct = await SystemLoad.ClosedLoopAsync(targets[0], token, connections, readLength, warmUp: TimeSpan.FromSeconds(2));
        var proxied = await SystemLoad.ClosedLoopAsync(targets[1], token, connections, readLength, warmUp: TimeSpan.FromSeconds(2));
        var gateway = await SystemLoad.ClosedLoopAsync(targets[2], token, connections, readLength, warmUp: TimeSpan.FromSeconds(2));

        var since = DateTimeOffset.UtcNow;
        var peak = new Dictionary<string, double>();
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(load, peak, sampling.Token);
        var (sent, failed) = await load.RegistryChangesAsync(commandsPerSecond, loadLength);
        await sampling.CancelAsync();
        await sampler;
        var propagation = await load.PropagationAsync(since);

        Print(healthy, idle, peak, direct, proxied, gateway, propagation, sent, failed, commandsPerSecond, loadLength);
    }

    private static async Task SampleAsync(SystemLoad load, Dictionary<string, double> peak, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var (process, megabytes) in await load.ResidentAsync())
            {
                peak[process] = Math.Max(peak.GetValueOrDefault(process), megabytes);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Print(TimeSpan healthy, Dictionary<string, double> idle, Dictionary<string, double> peak, Throughput direct, Throughput proxied, Throughput gateway,
        Dictionary<string, List<double>> propagation, int sent, int failed, int perSecond, TimeSpan length)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("| figure | measured | goal (issue 22) |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine(string.Create(c, $"| cold start to all healthy (after the build) | {healthy.TotalSeconds:0.0} s | ≤ 30 s |"));
        foreach (var (name, run) in new[] { ("page read straight to registry", direct), ("the same through Aspire's proxy", proxied), ("the same through the gateway", gateway) })
        {
            Console.WriteLine(string.Create(c, $"| {name}: req/s, p50 / p99 ms | {run.PerSecond:0} req/s, {Report.Percentile(run.Latencies, 50):0.0} / {Report.Percentile(run.Latencies, 99):0.0}{(run.Failed > 0 ? $" ({run.Failed} failed)" : "")} | {(run == direct ? "≥ 5,000 req/s, p99 < 20 ms" : "")} |"));
        }
        Console.WriteLine(string.Create(c, $"| gateway ÷ direct: throughput, p50 | {gateway.PerSecond / direct.PerSecond:0.00}×, {Report.Percentile(gateway.Latencies, 50) / Report.Percentile(direct.Latencies, 50):0.00}× | ≥ 0.8×, ≤ 1.2× |"));
        foreach (var (consumer, delays) in propagation)
        {
            var what = consumer == "relay" ? "event committed to confirmed by the broker (the relay's share)" : $"event to {consumer}'s read model";
            Console.WriteLine(string.Create(c, $"| {what} at {perSecond} commands/s for {length.TotalSeconds:0} s: p50 / p99 ms (n) | {Report.Percentile(delays, 50):0.0} / {Report.Percentile(delays, 99):0.0} ({delays.Count}) | {(consumer == "relay" ? "" : "p99 ≤ 100 ms")} |"));
        }
        Console.WriteLine(string.Create(c, $"| commands sent / failed | {sent} / {failed} | |"));
        foreach (var process in SystemLoad.Processes)
        {
            Console.WriteLine(string.Create(c, $"| {process} resident MB: idle / peak under load | {idle[process]:0} / {peak.GetValueOrDefault(process):0} | ≤ 150 / ≤ 250 |"));
        }
    }
}
