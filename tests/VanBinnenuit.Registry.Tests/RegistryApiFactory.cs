using VanBinnenuit.Registry.Data;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

/// <summary>The registry in-process on a real PostgreSQL database of its own and the real broker.</summary>
public sealed class RegistryApiFactory(string database, string broker)
    : ServiceApiFactory<RegistryDbContext>(ResourceNames.Registry, ResourceNames.RegistryDb, database, broker)
{
    /// <summary>A registry on a fresh database of its own (named after <paramref name="prefix"/>) and the shared broker.</summary>
    public static async Task<RegistryApiFactory> StartAsync(InfrastructureFixture infrastructure, string prefix) => new(
        await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, prefix),
        await infrastructure.FreshBrokerAsync(prefix));
}
