using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>
/// The whole system as <c>./run.sh</c> starts it in local mode, with the gateway's per-caller limit out of
/// the way (the harness is one caller sending a hundred commands a second). The harness reads the services'
/// databases as the superuser and the broker through its management API, as an operator would (<see cref="AppHostFixture.AdminConnection"/>).
/// </summary>
public sealed class FaultSystem() : SystemFixture("--Gateway:RateLimitPermits=100000000"), IAsyncDisposable
{
    public const string Broker = $"{ResourceNames.Broker}-server";

    // Every request's log lines, forwarded from each resource (at Information, whatever the service's own level),
    // would cost the two cores more than the load; the supervisor's and the harness's own lines stay.
    // FAULTS_RESOURCE_LOGS=scheduling,monitoring lets those resources' lines through, to look into a finding.
    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.Services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning)
                .AddFilter("VanBinnenuit.AppHost.Resources", LogLevel.None)
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
            foreach (var resource in (Environment.GetEnvironmentVariable("FAULTS_RESOURCE_LOGS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                logging.AddFilter($"VanBinnenuit.AppHost.Resources.{resource}", LogLevel.Information);
            }
        });

    /// <summary>The broker's AMQP port, where the network is cut.</summary>
    public int BrokerPort => App.GetEndpoint(Broker, "amqp").Port;

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
