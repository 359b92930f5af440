using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for a test assembly, started by the app host with
/// <c>Infrastructure:Only</c>, so tests use exactly what <c>./run.sh</c> uses.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = AppHostArguments.NewDataDirectory();
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The infrastructure has not started.");

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
            AppHostArguments.For(_dataDirectory, "--Infrastructure:Only=true"));
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.StartAsync(timeout.Token);
        foreach (var server in Servers())
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(server, timeout.Token);
        }
    }

    /// <summary>The server resources (executables or containers), not the connection strings pointing at them.</summary>
    public IEnumerable<string> Servers() => App.Services.GetRequiredService<DistributedApplicationModel>().Resources
        .Where(r => r is ExecutableResource or ContainerResource)
        .Select(r => r.Name);

    public async Task<string> ConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string {name}.");

    /// <summary>A connection string to a database of its own, so test classes never see each other's rows.</summary>
    public async Task<string> FreshDatabaseAsync(string name, string prefix)
    {
        var builder = new NpgsqlConnectionStringBuilder(await ConnectionStringAsync(name))
        {
            Database = $"{prefix}_{Guid.NewGuid():N}",
        };
        return builder.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still flushing on exit; the folder is under the temp directory anyway.
        }
    }
}
