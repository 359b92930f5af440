using Aspire.Hosting.Testing;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>The whole system, with every process's telemetry and console output captured for scanning.</summary>
public sealed class ObservedSystemFixture : SystemFixture
{
    public TelemetryCapture Telemetry { get; } = new();

    public override async Task InitializeAsync()
    {
        await Telemetry.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IDistributedApplicationTestingBuilder builder) => Telemetry.Attach(builder);

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        Telemetry.Watch(App);
        await base.WaitUntilReadyAsync(cancellationToken);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Telemetry.DisposeAsync();
    }
}
