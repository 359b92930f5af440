using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Testing;

/// <summary>
/// One service in-process (the type argument only names its assembly; every service has a Program),
/// on a real PostgreSQL database of its own and the real broker, trusting tokens minted by <see cref="Tokens"/>.
/// </summary>
public class ServiceApiFactory<TMarker>(string service, string databaseResource, string database, string broker)
    : WebApplicationFactory<TMarker> where TMarker : class
{
    public TestTokens Tokens { get; } = new();

    /// <summary>A client carrying a valid token for the service with this role and binding.</summary>
    /// <param name="subject">The account id, when a test acts twice as the same person; a fresh one otherwise.</param>
    public HttpClient ClientFor(string role, string? municipality = null, string? leaderId = null, string? subject = null) =>
        ClientWith(Tokens.Mint(role, service, municipality, leaderId, subject: subject));

    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>
    /// Starts the service and waits until it is ready (<c>/health/ready</c>: its database, and its bus with every
    /// receive endpoint bound), as the app host waits before it sends anything its way. On a virtual host of its
    /// own (<see cref="InfrastructureFixture.FreshBrokerAsync"/>), an event published before the queues are bound
    /// reaches no queue at all.
    /// </summary>
    public async Task StartedAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            using var response = await client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{service} was not ready within a minute (last answer {(int)response.StatusCode}).");
            }
            await Task.Delay(200);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(Tokens.Trust);
        builder.UseSetting($"ConnectionStrings:{databaseResource}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Broker}", broker);
    }
}
