using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ServiceDefaults;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>
/// The app host in Development with the demo programme on, as ./run.sh starts it; ready once the demo
/// has loaded, so tests (the browser tests) start from the world a person trying the system sees.
/// </summary>
public class DemoSystemFixture : SystemFixture
{
    public DemoSystemFixture() : base("--Demo:Programme=true")
    {
    }

    /// <summary>With settings of the harness's own added (the browser tests').</summary>
    protected DemoSystemFixture(params string[] settings) : base(["--Demo:Programme=true", .. settings])
    {
    }

    private IReadOnlyList<string> _log = [];

    public int ExitCode { get; private set; } = -1;

    /// <summary>What the demo loader wrote to its console, for a failure message.</summary>
    public string Log => string.Join(Environment.NewLine, _log);

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await base.WaitUntilReadyAsync(cancellationToken);
        // Its own clock: the app host's start-up budget is not the demo's.
        using var loading = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        string resourceId;
        try
        {
            var finished = await App.ResourceNotifications.WaitForResourceAsync(ResourceNames.DemoProgramme,
                e => e.Snapshot.State?.Text is var state && (state == KnownResourceStates.Finished || state == KnownResourceStates.Exited || state == KnownResourceStates.FailedToStart),
                loading.Token);
            ExitCode = finished.Snapshot.ExitCode ?? -1;
            resourceId = finished.ResourceId;
        }
        catch (OperationCanceledException)
        {
            // Still loading after five minutes: the tests fail with what it wrote so far.
            App.ResourceNotifications.TryGetCurrentState(ResourceNames.DemoProgramme, out var current);
            resourceId = current!.ResourceId;
        }
        _log = await ConsoleAsync(resourceId, "demo-programme.log");
    }

    /// <summary>Starts the finished loader again, as a restart of the app host would, and gives its exit code once it has ended.</summary>
    public async Task<int> RunAgainAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var notifications = App.ResourceNotifications;
        notifications.TryGetCurrentState(ResourceNames.DemoProgramme, out var ended);
        var commands = App.Services.GetRequiredService<ResourceCommandService>();
        var started = await commands.ExecuteCommandAsync(ended!.ResourceId, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(started.Success, started.Message);
        await notifications.WaitForResourceAsync(ResourceNames.DemoProgramme, e => e.Snapshot.State?.Text == KnownResourceStates.Running, timeout.Token);
        var finished = await notifications.WaitForResourceAsync(ResourceNames.DemoProgramme,
            e => e.Snapshot.State?.Text is var state && (state == KnownResourceStates.Finished || state == KnownResourceStates.Exited), timeout.Token);
        await ConsoleAsync(finished.ResourceId, "demo-programme-again.log");
        return finished.Snapshot.ExitCode ?? -1;
    }

    /// <summary>The console kept for the resource (by its id, which carries a suffix), also kept as a test artefact.</summary>
    private async Task<IReadOnlyList<string>> ConsoleAsync(string resourceId, string artefact)
    {
        var lines = new List<string>();
        using var backlog = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var batch in App.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(resourceId).WithCancellation(backlog.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
            }
        }
        catch (OperationCanceledException)
        {
        }
        Directory.CreateDirectory(TestArtefacts.Directory);
        await File.WriteAllLinesAsync(Path.Combine(TestArtefacts.Directory, artefact), lines, CancellationToken.None);
        return lines;
    }
}
