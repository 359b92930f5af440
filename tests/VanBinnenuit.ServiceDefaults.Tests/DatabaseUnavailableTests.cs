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
        // What EF throws when the server ends the session mid-save: the driver's notice inside EF's wrapper.
        _app.MapPost("/v1/saves/{sqlState}", IResult (string sqlState) =>
            throw new Microsoft.EntityFrameworkCore.DbUpdateException("An error occurred while saving the entity changes.",
                new PostgresException("the server ended the session", "FATAL", "FATAL", sqlState))).AllowAnonymous();
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

    [Theory]
    [InlineData("57P02")] // crash shutdown: another server process died (a kill), every session is ended
    [InlineData("57P01")] // admin shutdown: the server is being stopped
    [InlineData("57P03")] // cannot connect now: starting up or recovering
    [InlineData("08006")] // connection failure
    public async Task A_database_ending_the_session_while_it_goes_away_answers_503(string sqlState)
    {
        using var response = await _client.PostAsync($"/v1/saves/{sqlState}", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("23505")] // a unique key violated: a bug or a race to handle, not the database away
    [InlineData("42P01")] // a table missing: a migration not run
    public async Task A_database_refusal_that_is_no_outage_stays_a_500(string sqlState)
    {
        using var response = await _client.PostAsync($"/v1/saves/{sqlState}", null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
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
