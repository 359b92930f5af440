using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Npgsql;
using VanBinnenuit.AppHost.Infrastructure;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for a test assembly, started by the app host with
/// <c>Infrastructure:Only</c>, so tests use exactly what <c>./run.sh</c> uses.
/// </summary>
public sealed class InfrastructureFixture() : AppHostFixture("--Infrastructure:Only=true")
{
    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        foreach (var server in Servers())
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(server, cancellationToken);
        }
    }

    /// <summary>The server resources (executables or containers), not the connection strings pointing at them.</summary>
    public IEnumerable<string> Servers() => App.Services.GetRequiredService<DistributedApplicationModel>().Resources
        .Where(r => r is ExecutableResource or ContainerResource)
        .Select(r => r.Name);

    public async Task<string> ConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string {name}.");

    /// <summary>
    /// A connection string to a virtual host of its own on the broker, so test classes never take each other's
    /// messages. Every factory of a service declares the same queue names; on one virtual host, a bus that
    /// outlived its factory (its container already disposed) went on taking the next class's events and set
    /// them aside as faults, which failed that class's tests. The broker goes with the fixture, so nothing is removed.
    /// </summary>
    public async Task<string> FreshBrokerAsync(string prefix)
    {
        var amqp = new Uri(await ConnectionStringAsync(ResourceNames.Broker));
        var user = amqp.UserInfo.Split(':')[0];
        var virtualHost = $"{prefix}-{Guid.NewGuid():N}";
        using var management = await BrokerManagementAsync();
        using (var created = await management.PutAsJsonAsync($"/api/vhosts/{virtualHost}", new { }))
        {
            created.EnsureSuccessStatusCode();
        }
        using (var granted = await management.PutAsJsonAsync($"/api/permissions/{virtualHost}/{user}", new { configure = ".*", write = ".*", read = ".*" }))
        {
            granted.EnsureSuccessStatusCode();
        }
        return new UriBuilder(amqp) { Path = "/" + virtualHost }.Uri.ToString();
    }

    /// <summary>A connection string to a database of its own, so test classes never see each other's rows.</summary>
    /// <remarks>
    /// Made with the superuser and owned by the role of <paramref name="name"/>'s service, as the app host
    /// makes a service's own: the service under test logs in as that role, which may not create databases.
    /// </remarks>
    public async Task<string> FreshDatabaseAsync(string name, string prefix)
    {
        var builder = new NpgsqlConnectionStringBuilder(await ConnectionStringAsync(name))
        {
            Database = $"{prefix}_{Guid.NewGuid():N}",
        };
        await DatabaseRoles.CreateDatabaseAsync(
            await ConnectionStringAsync(VanBinnenuit.AppHost.Infrastructure.Infrastructure.AdminConnectionName), builder.Database, builder.Username!, CancellationToken.None);
        return builder.ConnectionString;
    }
}
