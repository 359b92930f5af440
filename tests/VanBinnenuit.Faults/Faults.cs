using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>A fault as it happened: when it began and when what it broke was back (healthy again, the cut lifted).</summary>
public sealed record InjectedFault(string Name, TimeSpan Began, TimeSpan Recovered);

/// <summary>The faults the harness injects, each waiting until what it broke is back before it returns.</summary>
public sealed class Faults(FaultSystem system, Stopwatch clock)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>SIGKILL to a resource's process and everything it started; the app host's supervisor starts it again.</summary>
    public async Task<InjectedFault> KillAsync(string name, string resource)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var pid = await system.App.ProcessIdAsync(resource, timeout.Token);
        var began = clock.Elapsed;
        ResourceProcesses.KillTree(pid);
        await system.App.ResourceNotifications.WaitForResourceAsync(resource, e =>
            e.Snapshot.HealthStatus == HealthStatus.Healthy && ResourceProcesses.ProcessId(e.Snapshot) is { } now && now != pid, timeout.Token);
        return new InjectedFault(name, began, clock.Elapsed);
    }

    /// <summary>
    /// A message no consumer can read, published straight to one of scheduling's queues: after its retries it
    /// must land in that queue's error queue, and stop nothing else.
    /// </summary>
    public async Task<(InjectedFault Fault, string ErrorQueue)> PoisonAsync()
    {
        using var management = await system.BrokerManagementAsync();
        var queues = await management.GetFromJsonAsync<JsonElement>("/api/queues?columns=name");
        var queue = queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!)
            .First(name => name.StartsWith($"{ResourceNames.Scheduling}-", StringComparison.Ordinal) && !name.Contains('_', StringComparison.Ordinal));
        var began = clock.Elapsed;
        using var published = await management.PostAsJsonAsync("/api/exchanges/%2F/amq.default/publish", new
        {
            properties = new { content_type = "application/vnd.masstransit+json", message_id = Guid.NewGuid().ToString(), delivery_mode = 2 },
            routing_key = queue,
            payload = "{ this is no message",
            payload_encoding = "string",
        });
        published.EnsureSuccessStatusCode();
        return (new InjectedFault($"poison message to {queue}", began, clock.Elapsed), $"{queue}_error");
    }

    /// <summary>
    /// The network to the broker cut for <paramref name="length"/>: every packet to and from its AMQP port
    /// dropped (nftables), so connections hang rather than close, as on a real network fault.
    /// </summary>
    public async Task<InjectedFault> CutBrokerNetworkAsync(TimeSpan length)
    {
        var port = system.BrokerPort;
        var table = $"vanbinnenuit_faults_{port}";
        var began = clock.Elapsed;
        await NftAsync($"add table inet {table}");
        try
        {
            await NftAsync($"add chain inet {table} cut {{ type filter hook output priority 0 ; }}");
            await NftAsync($"add rule inet {table} cut tcp dport {port} drop");
            await NftAsync($"add rule inet {table} cut tcp sport {port} drop");
            await Task.Delay(length);
        }
        finally
        {
            await NftAsync($"delete table inet {table}");
        }
        return new InjectedFault($"network to the broker cut for {length.TotalSeconds:0} s", began, clock.Elapsed);
    }

    /// <summary>Whether this machine can cut a port (nft present and allowed); the harness says so instead of pretending.</summary>
    public static async Task<bool> CanCutNetworkAsync()
    {
        try
        {
            await NftAsync("list tables");
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task NftAsync(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("nft") { ArgumentList = { "-f", "-" }, RedirectStandardInput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("nft did not start.");
        await process.StandardInput.WriteLineAsync(arguments);
        process.StandardInput.Close();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"nft {arguments}: {error}");
        }
    }
}
