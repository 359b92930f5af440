using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Gateway.Tests;

/// <summary>
/// The shared access policies every service and the gateway use: an endpoint that names no policy is
/// refused to every role; a named policy still admits its roles.
/// </summary>
public sealed class DenyByDefaultTests : IAsyncLifetime
{
    private readonly TestTokens _tokens = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Issuer"] = TestTokens.Issuer;
        builder.Services.AddHttpClient();
        builder.AddTokenValidation(ResourceNames.Registry);
        _tokens.Trust(builder.Services);
        _app = builder.Build();
        _app.UseTokenValidation();
        _app.MapGet("/names-no-policy", () => "open");
        _app.MapGet("/named", () => "open").RequireAuthorization(Policies.ReadProgrammeData);
        _app.MapPost("/csv-only", () => "open").Accepts<string>("text/csv").RequireAuthorization(Policies.ReadProgrammeData);
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_endpoint_that_names_no_policy_is_refused_to_every_role()
    {
        const string path = "/names-no-policy";
        foreach (var role in Roles.All)
        {
            using var response = await ClientFor(role).GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path} as {role}: {(int)response.StatusCode}");
        }
        using var anonymous = await _app.GetTestClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public void The_route_guard_names_the_endpoint_that_forgot_its_policy() =>
        Assert.Equal(["/names-no-policy"], AccessMatrix.NamingNoPolicy(_app.Services));

    [Fact]
    public async Task Routing_still_says_what_is_wrong_with_a_request_no_endpoint_takes()
    {
        var client = ClientFor(Roles.Coordinator);
        using var unknown = await client.GetAsync("/no-such-path");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var method = await client.DeleteAsync("/named");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, method.StatusCode);
        using var type = await client.PostAsync("/csv-only", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, type.StatusCode);
    }

    [Fact]
    public async Task A_named_policy_still_admits_its_roles()
    {
        using var response = await ClientFor(Roles.Leader).GetAsync("/named");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient ClientFor(string role)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.Mint(role, ResourceNames.Registry,
            municipality: role == Roles.MunicipalOfficer ? "GM0363" : null, leaderId: role == Roles.Leader ? Guid.NewGuid().ToString() : null));
        return client;
    }
}
