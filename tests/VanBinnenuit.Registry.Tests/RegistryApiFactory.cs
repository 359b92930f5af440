using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

/// <summary>
/// The registry in-process (the type argument only names its assembly; every service has a Program), on a real
/// PostgreSQL database of its own and the real broker.
/// </summary>
public sealed class RegistryApiFactory(string database, string broker) : WebApplicationFactory<RegistryDbContext>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{ResourceNames.RegistryDb}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Broker}", broker);
    }
}
