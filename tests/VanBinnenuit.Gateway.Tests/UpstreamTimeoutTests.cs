using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>A service that takes the call and never answers (hung on a lost database, say) costs a client the gateway's timeout, no more.</summary>
public sealed class UpstreamTimeoutTests : IDisposable
{
    private readonly TestTokens _tokens = new();
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly System.Collections.Concurrent.ConcurrentBag<TcpClient> _accepted = [];
    private readonly WebApplicationFactory<GatewayOptions> _factory;

    public UpstreamTimeoutTests()
    {
        _silent.Start();
        _ = AcceptSilentlyAsync();
        _factory = new WebApplicationFactory<GatewayOptions>()
            .WithWebHostBuilder(web => web
                .AsDeployed()
                .ConfigureTestServices(_tokens.Trust)
                .UseSetting("Gateway:UpstreamTimeout", "00:00:01")
                .UseSetting("services:registry:http:0", $"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}"));
    }

    private async Task AcceptSilentlyAsync()
    {
        try
        {
            while (true)
            {
                _accepted.Add(await _silent.AcceptTcpClientAsync());
            }
        }
        catch (ObjectDisposedException)
        {
        }
        catch (SocketException)
        {
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        _silent.Stop();
        foreach (var client in _accepted)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_service_that_does_not_answer_in_time_is_a_504_problem()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Mint(Roles.Coordinator, ResourceNames.Registry));

        using var response = await client.GetAsync("/api/registry/v1/municipalities");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("registry", await response.Content.ReadAsStringAsync());
    }
}
