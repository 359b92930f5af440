using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Registry.Tests;

/// <summary>
/// The registry in-process (the type argument only names its assembly; every service has a Program), on a real
/// PostgreSQL database of its own and the real broker.
/// </summary>
public sealed class RegistryApiFactory(string database, string broker) : WebApplicationFactory<RegistryDbContext>
{
    public TestTokens Tokens { get; } = new();

    /// <summary>A registry on a fresh database of its own (named after <paramref name="prefix"/>) and the shared broker.</summary>
    public static async Task<RegistryApiFactory> StartAsync(InfrastructureFixture infrastructure, string prefix) => new(
        await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, prefix),
        await infrastructure.ConnectionStringAsync(ResourceNames.Broker));

    /// <summary>A client carrying a valid token for the registry with this role and binding.</summary>
    public HttpClient ClientFor(string role, string? municipality = null, string? leaderId = null) =>
        ClientWith(Tokens.Mint(role, ResourceNames.Registry, municipality, leaderId));

    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(Tokens.Trust);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.RegistryDb}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Broker}", broker);
    }
}
