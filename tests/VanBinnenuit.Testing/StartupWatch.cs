using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VanBinnenuit.Testing;

/// <summary>
/// Keeps every resource's latest state and its last console lines while the app host starts, so a start
/// that does not finish in time says which process held it up and what that process printed (a CI run
/// keeps nothing else: the data folder and the processes are gone by the time anyone reads the failure).
/// </summary>
internal sealed class StartupWatch : IAsyncDisposable
{
    private const int LinesKept = 25;
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _lines = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public StartupWatch(DistributedApplication app)
    {
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var followers = new ConcurrentBag<Task>();
        _watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var change in notifications.WatchAsync(_stop.Token))
                {
                    if (_latest.TryAdd(change.ResourceId, change))
                    {
                        followers.Add(FollowAsync(logs, change.ResourceId));
                    }
                    else
                    {
                        _latest[change.ResourceId] = change;
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
            await Task.WhenAll(followers);
        });
    }

    private async Task FollowAsync(ResourceLoggerService logs, string resourceId)
    {
        var kept = _lines.GetOrAdd(resourceId, _ => new ConcurrentQueue<string>());
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    kept.Enqueue(line.Content.Length > 300 ? line.Content[..300] + "…" : line.Content);
                    while (kept.Count > LinesKept && kept.TryDequeue(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Every resource's state and health; for each that is not running and healthy, its last lines.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (id, change) in _latest.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            var snapshot = change.Snapshot;
            var ready = snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy;
            text.Append(id).Append(": ").Append(snapshot.State?.Text ?? "(no state)")
                .Append(", health ").Append(snapshot.HealthStatus?.ToString() ?? "(none)");
            if (snapshot.ExitCode is { } exit)
            {
                text.Append(", exit code ").Append(exit);
            }
            text.AppendLine();
            if (!ready && _lines.TryGetValue(id, out var lines))
            {
                foreach (var line in lines)
                {
                    text.Append("    | ").AppendLine(line);
                }
            }
        }
        return text.Length == 0 ? "(no resource reported anything)" : text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }
}
