using System.Net.Http.Headers;
using System.Text;
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
/// databases as the superuser and the broker through its management API, as an operator would.
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

    /// <summary>The superuser's connection to one database (local mode: the password the app host generated in the data folder).</summary>
    public string AdminConnection(string database)
    {
        var postgres = App.GetEndpoint(ResourceNames.Postgres, "tcp");
        var password = File.ReadAllText(Path.Combine(DataDirectory, "postgres.password")).Trim();
        return $"Host=127.0.0.1;Port={postgres.Port};Username=postgres;Password={password};Database={database};Timeout=5;Command Timeout=20";
    }

    /// <summary>The broker's management API with the services' own account.</summary>
    public async Task<HttpClient> BrokerManagementAsync()
    {
        var amqp = new Uri(await App.GetConnectionStringAsync(ResourceNames.Broker) ?? throw new InvalidOperationException("No broker connection."));
        var client = new HttpClient { BaseAddress = App.GetEndpoint(Broker, "management"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(amqp.UserInfo))));
        return client;
    }

    /// <summary>The broker's AMQP port, where the network is cut.</summary>
    public int BrokerPort => App.GetEndpoint(Broker, "amqp").Port;

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
