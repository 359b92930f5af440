using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VanBinnenuit.ApiKit;

namespace VanBinnenuit.ServiceDefaults.Tests;

/// <summary>
/// While a service's database is away (killed, restarting), a client gets a clear answer to come back:
/// 503 with Retry-After, not a 500 that reads like a bug. The driver's own exception, unchanged, is used.
/// </summary>
public sealed class DatabaseUnavailableTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Staging" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.AddApiDefaults();
        builder.Services.AddAuthorization();
        _app = builder.Build();
        _app.UseServiceDefaults();
        _app.UseApiDefaults();
        var closedPort = ClosedPort();
        _app.MapGet("/v1/reads", async () =>
        {
            await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={closedPort};Username=x;Password=y;Timeout=3");
            await connection.OpenAsync();
            return TypedResults.Ok();
        }).AllowAnonymous();
        _app.MapGet("/v1/bugs", IResult () => throw new InvalidOperationException("a bug")).AllowAnonymous();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_answers_503_problem_with_Retry_After()
    {
        using var response = await _client.GetAsync("/v1/reads");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("database", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("127.0.0.1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Any_other_fault_stays_a_500_without_a_Retry_After()
    {
        using var response = await _client.GetAsync("/v1/bugs");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
