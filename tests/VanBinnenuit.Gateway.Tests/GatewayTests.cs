using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Gateway.Extensions;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>
/// The gateway's own rules, in-process. The services behind it are not running: a forwarded
/// request answers 503, which is all these rules need.
/// </summary>
public sealed class GatewayTests : IDisposable
{
    private const int Permits = 5;
    private const int MaxBody = 1024;
    private readonly TestTokens _tokens = new();
    private readonly WebApplicationFactory<GatewayOptions> _factory;

    public GatewayTests() => _factory = new WebApplicationFactory<GatewayOptions>()
        .WithWebHostBuilder(web => web
            .AsDeployed()
            .ConfigureTestServices(_tokens.Trust)
            .UseSetting("Gateway:RateLimitPermits", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Gateway:RateLimitWindow", "00:10:00")
            .UseSetting("Gateway:MaxRequestBodyBytes", MaxBody.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("services:registry:http:0", "http://127.0.0.1:9"));

    public void Dispose() => _factory.Dispose();

    private HttpClient As(string? subjectRole)
    {
        var client = _factory.CreateClient();
        if (subjectRole is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Mint(subjectRole, ResourceNames.Registry));
        }
        return client;
    }

    [Fact]
    public async Task An_API_request_without_a_valid_token_stops_at_the_gateway_with_401_problem()
    {
        foreach (var client in new[] { As(null), WithToken(_tokens.Mint(Roles.Coordinator, ResourceNames.Registry, signedByStranger: true)) })
        {
            using var response = await client.GetAsync("/api/registry/v1/municipalities");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_API_request_with_a_valid_token_is_forwarded()
    {
        // Nothing listens behind the gateway here, so a forwarded request ends in 503.
        using var response = await As(Roles.Advisor).GetAsync("/api/registry/v1/municipalities");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task A_service_that_cannot_be_reached_is_a_503_problem_with_Retry_After_naming_the_service()
    {
        using var response = await As(Roles.Advisor).GetAsync("/api/registry/v1/municipalities");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(UpstreamProblems.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("registry", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_sign_in_and_token_endpoints_need_no_token()
    {
        using var response = await As(null).GetAsync("/account/login");
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Each_signed_in_subject_has_a_rate_limit_of_its_own()
    {
        using var first = As(Roles.Coordinator);
        for (var i = 0; i <= Permits; i++)
        {
            using var _ = await first.GetAsync("/api/registry/v1/municipalities");
        }
        using var exhausted = await first.GetAsync("/api/registry/v1/municipalities");
        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);

        using var second = await As(Roles.Coordinator).GetAsync("/api/registry/v1/municipalities");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    private HttpClient WithToken(string token)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

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
        // The web frontend's pages (no web frontend runs here, so they answer 503, but never 429).
        for (var i = 0; i < Permits * 2; i++)
        {
            using var response = await client.GetAsync("/adviesaanvragen");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
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
        using var response = await client.GetAsync("/api");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_404_problem_for_a_signed_in_caller()
    {
        using var client = As(Roles.Coordinator);
        using var response = await client.GetAsync("/api/nothing-here/v1/things");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }
}
