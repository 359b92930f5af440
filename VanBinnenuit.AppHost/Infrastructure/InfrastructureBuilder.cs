using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost.Infrastructure;

public static class InfrastructureBuilder
{
    /// <summary>
    /// PostgreSQL (one database per service) and RabbitMQ in the configured mode
    /// (<c>Infrastructure:Mode</c> or <c>--infra</c>): real servers in every mode, never fakes.
    /// </summary>
    public static Infrastructure AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = InfrastructureModeDetector.Resolve(builder.Configuration["Infrastructure:Mode"]);
        return mode switch
        {
            InfrastructureMode.Containers => AddContainers(builder),
            InfrastructureMode.Local => AddLocal(builder),
            _ => AddExisting(builder),
        };
    }

    private static Infrastructure AddContainers(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres(ResourceNames.Postgres).WithDataVolume();
        var broker = builder.AddRabbitMQ(ResourceNames.Broker).WithManagementPlugin().WithDataVolume();

        // As in local mode: the container's superuser provisions the roles, each service gets its own.
        var roles = ServiceRoles();
        var provisioning = new RoleProvisioning(roles);
        var ready = $"{ResourceNames.Postgres}-databases-ready";
        builder.Services.AddHealthChecks().AddAsyncCheck(ready, async ct =>
            await postgres.Resource.ConnectionStringExpression.GetValueAsync(ct) is { } admin
                ? await provisioning.CheckAsync(admin, ct)
                : HealthCheckResult.Unhealthy("PostgreSQL has no address yet."));
        postgres.WithHealthCheck(ready);
        var endpoint = postgres.Resource.PrimaryEndpoint;
        var databases = AddRoleConnections(builder, roles, (role, password) => ReferenceExpression.Create(
            $"Host={endpoint.Property(EndpointProperty.Host)};Port={endpoint.Property(EndpointProperty.Port)};Username={role.Role};Password={password};Database={role.Database}"));
        return new Infrastructure(InfrastructureMode.Containers, broker, databases,
            [(IResourceBuilder<IResource>)postgres, (IResourceBuilder<IResource>)broker]);
    }

    private static Infrastructure AddExisting(IDistributedApplicationBuilder builder)
    {
        var databases = Infrastructure.DatabaseNames.Keys.ToDictionary(
            name => name,
            name => (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(name));
        return new Infrastructure(InfrastructureMode.Existing, builder.AddConnectionString(ResourceNames.Broker), databases, []);
    }

    private static Infrastructure AddLocal(IDistributedApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataRoot = LocalDataRoot.Resolve(config["Infrastructure:DataDirectory"], Path.Combine(builder.AppHostDirectory, "..", ".data"), ServiceAccount.IsRoot);
        Directory.CreateDirectory(dataRoot);

        var pg = LocalPostgres.Prepare(dataRoot, PortOrFree(config, "Infrastructure:Postgres:Port"), config["Infrastructure:Postgres:BinDirectory"]);
        var mq = LocalRabbitMq.Prepare(dataRoot, PortOrFree(config, "Infrastructure:RabbitMq:Port"),
            PortOrFree(config, "Infrastructure:RabbitMq:ManagementPort"), PortOrFree(config, "Infrastructure:RabbitMq:DistributionPort"),
            config["Infrastructure:RabbitMq:ServerScript"]);

        var pgPassword = builder.AddParameter("postgres-password", pg.Password, secret: true);
        var mqPassword = builder.AddParameter("messaging-password", mq.Password, secret: true);

        // Ready once it answers and every service's role and database are in place (see DatabaseRoles).
        var postgresHealth = $"{ResourceNames.Postgres}-databases-ready";
        var adminConnection = $"Host=127.0.0.1;Port={pg.Port};Username={LocalPostgres.SuperUser};Password={pg.Password};Database=postgres;Pooling=false;Timeout=3";
        var roles = ServiceRoles();
        var provisioning = new RoleProvisioning(roles);
        builder.Services.AddHealthChecks().AddAsyncCheck(postgresHealth, ct => provisioning.CheckAsync(adminConnection, ct));
        var (pgCommand, pgArgs) = pg.Launch;
        var postgres = builder.AddExecutable(ResourceNames.Postgres, pgCommand, pg.DataDirectory, pgArgs)
            .WithEndpoint("tcp", e => { e.Port = pg.Port; e.TargetPort = pg.Port; e.IsProxied = false; e.UriScheme = "tcp"; })
            .WithHealthCheck(postgresHealth)
            .WithSupervision();

        var brokerHealth = $"{ResourceNames.Broker}-accepts-connections";
        var amqpUri = new Uri($"amqp://{LocalRabbitMq.User}:{mq.Password}@127.0.0.1:{mq.Port}/");
        builder.Services.AddHealthChecks().AddAsyncCheck(brokerHealth, ct => RabbitMqAnswers(amqpUri, ct));
        var (mqCommand, mqArgs) = mq.Launch;
        var rabbit = builder.AddExecutable($"{ResourceNames.Broker}-server", mqCommand, mq.DataDirectory, mqArgs)
            .WithEndpoint("amqp", e => { e.Port = mq.Port; e.TargetPort = mq.Port; e.IsProxied = false; e.UriScheme = "amqp"; })
            .WithEndpoint("management", e => { e.Port = mq.ManagementPort; e.TargetPort = mq.ManagementPort; e.IsProxied = false; e.UriScheme = "http"; })
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in mq.Environment)
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .WithHealthCheck(brokerHealth)
            .WithSupervision();

        // Each service gets its own role's connection; the superuser's stays in the app host. The local server
        // listens on loopback without TLS: asking for it (Npgsql's default, Prefer) while the server is starting
        // up after a crash ends in a protocol error Npgsql does not call transient ("additional unencrypted data
        // received after SSL negotiation"), a 500 where the fault harness expects a 503.
        var port = pg.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var databases = AddRoleConnections(builder, roles, (role, password) => ReferenceExpression.Create(
            $"Host=127.0.0.1;Port={port};Username={role.Role};Password={password};Database={role.Database};SSL Mode=Disable"));
        // Tests that host a service themselves make a database per test class, which needs the superuser; nothing else gets it.
        if (config.GetValue<bool>("Infrastructure:Only"))
        {
            builder.AddConnectionString(Infrastructure.AdminConnectionName, ReferenceExpression.Create(
                $"Host=127.0.0.1;Port={port};Username={LocalPostgres.SuperUser};Password={pgPassword.Resource};Database=postgres;SSL Mode=Disable"));
        }
        var broker = builder.AddConnectionString(ResourceNames.Broker, ReferenceExpression.Create(
            $"amqp://{LocalRabbitMq.User}:{mqPassword.Resource}@127.0.0.1:{mq.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/"));

        return new Infrastructure(InfrastructureMode.Local, broker, databases,
            [(IResourceBuilder<IResource>)postgres, (IResourceBuilder<IResource>)rabbit]);
    }

    private static int PortOrFree(IConfiguration config, string key)
    {
        if (int.TryParse(config[key], out var port) && port > 0)
        {
            return port;
        }
        // Not an ephemeral port (32768 and up on Linux): one the kernel hands out may be taken by any outgoing
        // connection before the server binds it, as RabbitMQ's management listener once found in a test run.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var candidate = Random.Shared.Next(20000, 32000);
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, candidate);
                probe.Start();
                return candidate;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A role and a fresh password of this run for every service's database, by connection-string name.</summary>
    private static Dictionary<string, DatabaseRole> ServiceRoles() => Infrastructure.DatabaseNames.ToDictionary(
        db => db.Key,
        db => new DatabaseRole(db.Value, DatabaseRoles.RoleFor(db.Value), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))));

    /// <summary>A connection-string resource per service, logging in as its role with this run's password (a secret parameter).</summary>
    private static Dictionary<string, IResourceBuilder<IResourceWithConnectionString>> AddRoleConnections(
        IDistributedApplicationBuilder builder, Dictionary<string, DatabaseRole> roles, Func<DatabaseRole, ParameterResource, ReferenceExpression> connection) =>
        roles.ToDictionary(
            role => role.Key,
            role => (IResourceBuilder<IResourceWithConnectionString>)builder.AddConnectionString(role.Key,
                connection(role.Value, builder.AddParameter($"{role.Key}-password", role.Value.Password, secret: true).Resource)));

    /// <summary>Provisions the roles once PostgreSQL answers; healthy from then on as long as it answers.</summary>
    private sealed class RoleProvisioning(IReadOnlyDictionary<string, DatabaseRole> roles)
    {
        private volatile bool _done;

        public async Task<HealthCheckResult> CheckAsync(string adminConnectionString, CancellationToken cancellationToken)
        {
            try
            {
                if (_done)
                {
                    await using var connection = new NpgsqlConnection(adminConnectionString);
                    await connection.OpenAsync(cancellationToken);
                }
                else
                {
                    await DatabaseRoles.ProvisionAsync(adminConnectionString, roles.Values.ToList(), cancellationToken);
                    _done = true;
                }
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or SocketException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        }
    }

    private static async Task<HealthCheckResult> RabbitMqAnswers(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = uri, RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }
}
