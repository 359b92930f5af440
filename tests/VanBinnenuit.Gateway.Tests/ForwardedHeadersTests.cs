using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>
/// <c>X-Forwarded-*</c> counts only from the gateway: a service believes a request that carries the
/// gateway's key and no other; the gateway, at the edge, believes no client's.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Key = "the-gateway-key-of-this-run-0123456789";
    private WebApplication _service = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration[GatewayForwarding.KeySetting] = Key;
        _service = builder.Build();
        _service.UseForwardedHeadersFromGateway(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix);
        _service.MapGet("/who", (HttpContext http) =>
            $"{http.Connection.RemoteIpAddress}|{http.Request.Host}|{http.Request.PathBase}|{http.Request.Headers[GatewayForwarding.KeyHeader]}");
        await _service.StartAsync();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<string> WhoAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/who");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "forged.example");
        request.Headers.Add("X-Forwarded-Prefix", "/forged");
        if (key is not null)
        {
            request.Headers.Add(GatewayForwarding.KeyHeader, key);
        }
        using var response = await _service.GetTestClient().SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_service_believes_the_forwarded_headers_of_a_request_with_the_gateways_key_and_passes_the_key_no_further()
    {
        Assert.Equal("203.0.113.7|forged.example|/forged|", await WhoAsync(Key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a-guess")]
    public async Task A_service_ignores_forwarded_headers_from_anyone_else(string? key)
    {
        var seen = (await WhoAsync(key)).Split('|');
        Assert.NotEqual("203.0.113.7", seen[0]);
        Assert.NotEqual("forged.example", seen[1]);
        Assert.Equal("", seen[2]);
    }

    [Fact]
    public async Task A_forged_client_address_does_not_give_a_caller_a_fresh_rate_limit_at_the_gateway()
    {
        await using var gateway = new WebApplicationFactory<GatewayOptions>().WithWebHostBuilder(web => web
            .AsDeployed(Key)
            .UseSetting("Gateway:RateLimitPermits", "3")
            .UseSetting("Gateway:RateLimitWindow", "00:10:00"));
        using var client = gateway.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/v1/municipalities");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
