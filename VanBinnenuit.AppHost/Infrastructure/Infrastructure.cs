using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>What the services are wired to, whichever mode provided it.</summary>
public sealed record Infrastructure(
    InfrastructureMode Mode,
    IResourceBuilder<IResourceWithConnectionString> Broker,
    IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases,
    IReadOnlyList<IResourceBuilder<IResource>> Servers)
{
    /// <summary>The superuser's connection, given only to tests that host a service themselves (<c>Infrastructure:Only</c>).</summary>
    public const string AdminConnectionName = "postgres-admin";

    /// <summary>The database names inside the server, by connection-string name; each is owned by its service's role (DatabaseRoles).</summary>
    public static readonly IReadOnlyDictionary<string, string> DatabaseNames = new Dictionary<string, string>
    {
        [ResourceNames.RegistryDb] = "registry",
        [ResourceNames.SchedulingDb] = "scheduling",
        [ResourceNames.MonitoringDb] = "monitoring",
        [ResourceNames.AdviceRequestsDb] = "advice_requests",
        [ResourceNames.IdentityDb] = "identity",
        [ResourceNames.WebDb] = "web",
    };
}

public static class InfrastructureResourceExtensions
{
    /// <summary>Gives a service its database and the broker, and starts it only once both are healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithInfrastructure(
        this IResourceBuilder<ProjectResource> service, Infrastructure infrastructure, string database) =>
        service.WithDatabase(infrastructure, database).WithReference(infrastructure.Broker);

    /// <summary>Gives a process its database only (the web: its sessions and keys, no broker).</summary>
    public static IResourceBuilder<ProjectResource> WithDatabase(
        this IResourceBuilder<ProjectResource> process, Infrastructure infrastructure, string database)
    {
        process.WithReference(infrastructure.Databases[database]);
        foreach (var server in infrastructure.Servers)
        {
            process.WaitFor(server);
        }
        return process;
    }
}
