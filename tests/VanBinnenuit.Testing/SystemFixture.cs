using Aspire.Hosting;
using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>The whole system as <c>./run.sh</c> starts it (infrastructure, services, gateway), on random ports.</summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = AppHostArguments.NewDataDirectory();
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The system has not started.");

    /// <summary>A client for the gateway, the only way in for a browser or a municipality's system.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
            AppHostArguments.For(_dataDirectory));
        _app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        Gateway = _app.CreateHttpClient(ResourceNames.Gateway);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
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
