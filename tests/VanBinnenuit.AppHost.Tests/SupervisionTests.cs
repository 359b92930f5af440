using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using VanBinnenuit.AppHost.Infrastructure;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.AppHost.Tests;

/// <summary>
/// In local mode the app host is the only thing keeping PostgreSQL and RabbitMQ alive: a server that
/// dies is started again, one stopped from the dashboard stays stopped.
/// </summary>
public sealed class SupervisionTests(InfrastructureFixture infrastructure) : IClassFixture<InfrastructureFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void A_process_that_keeps_dying_waits_longer_each_time_up_to_half_a_minute()
    {
        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 7).Select(attempt => ProcessSupervisor.DelayBefore(attempt).TotalSeconds));
    }

    [Fact]
    public async Task A_killed_database_server_is_started_again_and_answers()
    {
        if (!IsLocal(ResourceNames.Postgres))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(Patience);
        var app = infrastructure.App;
        var before = await app.ProcessIdAsync(ResourceNames.Postgres, timeout.Token);
        var restarting = WaitForStateAsync(ResourceNames.Postgres, s => s.State?.Text == ProcessSupervisor.Restarting, timeout.Token);

        ResourceProcesses.KillTree(before);

        var shown = await restarting;
        Assert.Contains(shown.Properties, p => p.Name == ProcessSupervisor.RestartsProperty);
        await WaitForStateAsync(ResourceNames.Postgres,
            s => s.HealthStatus == HealthStatus.Healthy && ResourceProcesses.ProcessId(s) is { } pid && pid != before, timeout.Token);
        await using var connection = new NpgsqlConnection(await infrastructure.ConnectionStringAsync(VanBinnenuit.AppHost.Infrastructure.Infrastructure.AdminConnectionName));
        await connection.OpenAsync(timeout.Token);
    }

    [Fact]
    public async Task A_killed_broker_is_started_again_and_accepts_connections()
    {
        var broker = $"{ResourceNames.Broker}-server";
        if (!IsLocal(broker))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(Patience);
        var app = infrastructure.App;
        var before = await app.ProcessIdAsync(broker, timeout.Token);

        ResourceProcesses.KillTree(before);

        await WaitForStateAsync(broker,
            s => s.HealthStatus == HealthStatus.Healthy && ResourceProcesses.ProcessId(s) is { } pid && pid != before, timeout.Token);
        var factory = new ConnectionFactory { Uri = new Uri(await infrastructure.ConnectionStringAsync(ResourceNames.Broker)) };
        await using var connection = await factory.CreateConnectionAsync(timeout.Token);
        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task A_server_stopped_from_the_dashboard_stays_stopped()
    {
        if (!IsLocal(ResourceNames.Postgres))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(Patience);
        var app = infrastructure.App;
        var commands = app.Services.GetRequiredService<ResourceCommandService>();
        await app.ProcessIdAsync(ResourceNames.Postgres, timeout.Token);
        try
        {
            Assert.True((await commands.ExecuteCommandAsync(ResourceNames.Postgres, KnownResourceCommands.StopCommand, timeout.Token)).Success);
            await WaitForStateAsync(ResourceNames.Postgres, s => s.State?.Text == KnownResourceStates.Finished, timeout.Token);

            // Well past the supervisor's first and second waits.
            await Task.Delay(ProcessSupervisor.DelayBefore(2) * 2.5, timeout.Token);

            Assert.True(app.ResourceNotifications.TryGetCurrentState(ResourceNames.Postgres, out var now));
            Assert.Equal(KnownResourceStates.Finished, now.Snapshot.State?.Text);
        }
        finally
        {
            // The other tests of the class need it.
            await commands.ExecuteCommandAsync(ResourceNames.Postgres, KnownResourceCommands.StartCommand, CancellationToken.None);
            await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Postgres, CancellationToken.None);
        }
    }

    private bool IsLocal(string server) =>
        infrastructure.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Any(r => r.Name == server && r is ExecutableResource);

    private async Task<CustomResourceSnapshot> WaitForStateAsync(string resource, Func<CustomResourceSnapshot, bool> done, CancellationToken cancellationToken) =>
        (await infrastructure.App.ResourceNotifications.WaitForResourceAsync(resource, e => done(e.Snapshot), cancellationToken)).Snapshot;
}
