using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>Marks a long-running process the app host starts again when it ends by itself.</summary>
internal sealed class SupervisedAnnotation : IResourceAnnotation;

public static class SupervisionExtensions
{
    /// <summary>
    /// Starts the process again, with back-off, when it exits without being asked to (a crash, a kill, an
    /// out-of-memory end), as Kubernetes does for a pod; a stop from the dashboard is left alone.
    /// </summary>
    public static IResourceBuilder<T> WithSupervision<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        resource.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProcessSupervisor>());
        return resource.WithAnnotation(new SupervisedAnnotation());
    }
}

/// <summary>
/// Watches the supervised resources' states. DCP reports a stop asked for (dashboard, app host shutting
/// down) as Stopping before the end; a process that dies goes from Running straight to Finished or
/// Exited. Only the second is restarted: after 1 s, then 2, 4, … up to 30 s while it keeps dying, back
/// to 1 s once it has run for a minute.
/// </summary>
internal sealed partial class ProcessSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<ProcessSupervisor> logger) : BackgroundService
{
    internal static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(30);
    internal static readonly TimeSpan StableRun = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Watched> _watched = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (!update.Resource.HasAnnotationOfType<SupervisedAnnotation>())
                {
                    continue;
                }
                var watched = _watched.GetOrAdd(update.ResourceId, _ => new Watched());
                var state = update.Snapshot.State?.Text;
                var previous = watched.LastState;
                watched.LastState = state;
                if (state == KnownResourceStates.Running && previous != KnownResourceStates.Running)
                {
                    watched.RunningSince = DateTimeOffset.UtcNow;
                }
                // A late update of the ended process (its exit code, say) while a restart is already on its way is no second end.
                if (IsEnd(state) && !IsEnd(previous) && previous != KnownResourceStates.Stopping && !watched.Pending
                    && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    watched.Pending = true;
                    _ = RestartAsync(update.Resource, update.ResourceId, watched, update.Snapshot.ExitCode, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool IsEnd(string? state) =>
        state == KnownResourceStates.Finished || state == KnownResourceStates.Exited || state == KnownResourceStates.FailedToStart;

    /// <summary>The wait before restart number <paramref name="attempt"/> (1-based) of a process that keeps dying.</summary>
    internal static TimeSpan DelayBefore(int attempt) =>
        TimeSpan.FromTicks(Math.Min(LongestDelay.Ticks, FirstDelay.Ticks << Math.Min(attempt - 1, 16)));

    private async Task RestartAsync(IResource resource, string resourceId, Watched watched, int? exitCode, CancellationToken stoppingToken)
    {
        // A process that ran a good while had a one-off end, not a crash loop: start counting again.
        if (DateTimeOffset.UtcNow - watched.RunningSince > StableRun)
        {
            watched.Attempts = 0;
        }
        try
        {
            while (true)
            {
                var attempt = ++watched.Attempts;
                var delay = DelayBefore(attempt);
                LogUnexpectedEnd(logger, resourceId, exitCode, delay.TotalSeconds, attempt);
                resourceLogs.GetLogger(resourceId).LogWarning(
                    "Ended without being asked to (exit code {ExitCode}); the app host starts it again in {Seconds} s (restart {Attempt}).",
                    exitCode, delay.TotalSeconds, attempt);
                await notifications.PublishUpdateAsync(resource, resourceId, snapshot => snapshot with
                {
                    State = new ResourceStateSnapshot(Restarting, KnownResourceStateStyles.Warn),
                    Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, attempt)],
                });
                await Task.Delay(delay, stoppingToken);
                var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
                if (result.Success)
                {
                    return;
                }
                // Not started at all (no later state will say so): try again after a longer wait.
                LogRestartFailed(logger, resourceId, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Nothing awaits this task: say why supervision of this process stopped rather than lose it.
            LogRestartFailed(logger, resourceId, ex.Message);
        }
        finally
        {
            watched.Pending = false;
        }
    }

    /// <summary>The dashboard's state while the supervisor waits to start a process again.</summary>
    internal const string Restarting = "Restarting";

    /// <summary>The dashboard's property counting restarts since the process last ran a good while.</summary>
    internal const string RestartsProperty = "supervisor.restarts";

    private sealed class Watched
    {
        /// <summary>Written by the watch loop only (the Restarting state it learns of from the update the restart publishes).</summary>
        public string? LastState { get; set; }
        public DateTimeOffset RunningSince { get; set; } = DateTimeOffset.UtcNow;
        public int Attempts { get; set; }
        /// <summary>A restart is waiting or under way.</summary>
        public volatile bool Pending;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} ended without being asked to (exit code {ExitCode}); starting it again in {Seconds} s (restart {Attempt}).")]
    private static partial void LogUnexpectedEnd(ILogger logger, string resource, int? exitCode, double seconds, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} could not be started again: {Reason}")]
    private static partial void LogRestartFailed(ILogger logger, string resource, string? reason);
}
