using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VanBinnenuit.Gateway.Extensions;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>
/// The gateway's own rules, in-process. The services behind it are not running: a forwarded
/// request answers 502, which is all these rules need.
/// </summary>
public sealed class GatewayTests : IDisposable
{
    private const int Permits = 5;
    private const int MaxBody = 1024;
    private readonly WebApplicationFactory<GatewayOptions> _factory = new WebApplicationFactory<GatewayOptions>()
        .WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Gateway:RateLimitPermits", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Gateway:RateLimitWindow", "00:10:00")
            .UseSetting("Gateway:MaxRequestBodyBytes", MaxBody.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("services:registry:http:0", "http://127.0.0.1:9"));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_Retry_After_as_a_problem()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < Permits; i++)
        {
            using var allowed = await client.GetAsync("/api/registry/v1/municipalities");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/registry/v1/municipalities");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_outside_the_API_are_not_rate_limited()
    {
        using var client = _factory.CreateClient();
        for (var i = 0; i < Permits * 2; i++)
        {
            using var response = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_problem()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/registry/v1/municipality-announcements",
            new ByteArrayContent(new byte[MaxBody + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_HSTS_outside_development()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://vanbinnenuit.example") /* HSTS skips localhost */ });
        using var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_404_problem()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/api/nothing-here/v1/things");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }
}
