using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;
using VanBinnenuit.ServiceDefaults.Paging;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Registry.Tests;

/// <summary>
/// Who gets what from every registry endpoint. A new endpoint adds one row; the last test fails
/// until it does. The officer of GM0363 is "own" for the GM0363 rows, the officer of GM0599 "other".
/// </summary>
[Collection(RegistryCollection.Name)]
public sealed class AccessMatrixTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly string[] Callers =
        ["coordinator", "advisor", "leader", "officer-own", "officer-other", "administrator", "no-token", "expired", "other-audience", "tampered", "unknown-key"];

    private static readonly (string Method, string Path, string? Body, int[] Expected)[] Matrix =
    [
        //                                                                 coord adv  lead own  other admin none exp  aud  tamp unkn
        ("GET", "/v1/municipalities?pageSize=5", null,                      [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        ("GET", "/v1/municipalities/GM0363", null,                          [200, 200, 200, 200, 404, 200, 401, 401, 401, 401, 401]),
        ("POST", "/v1/municipality-announcements", """{"codes":["GM0363"]}""", [202, 403, 403, 403, 403, 202, 401, 401, 401, 401, 401]),
        ("GET", "/v1/topics", null,                                         [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
        ("GET", "/v1/approach-routes", null,                                [200, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401]),
    ];

    private RegistryApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new RegistryApiFactory(
            await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "registry_access"),
            await infrastructure.ConnectionStringAsync(ResourceNames.Broker));
        _factory.CreateClient();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private string? TokenFor(string caller)
    {
        var tokens = _factory.Tokens;
        const string registry = ResourceNames.Registry;
        return caller switch
        {
            "coordinator" => tokens.Mint(Roles.Coordinator, registry),
            "advisor" => tokens.Mint(Roles.Advisor, registry),
            "leader" => tokens.Mint(Roles.Leader, registry, leaderId: "L-1"),
            "officer-own" => tokens.Mint(Roles.MunicipalOfficer, registry, municipality: "GM0363"),
            "officer-other" => tokens.Mint(Roles.MunicipalOfficer, registry, municipality: "GM0599"),
            "administrator" => tokens.Mint(Roles.Administrator, registry),
            "no-token" => null,
            "expired" => tokens.Mint(Roles.Coordinator, registry, expiresIn: TimeSpan.FromMinutes(-5)),
            "other-audience" => tokens.Mint(Roles.Coordinator, ResourceNames.Scheduling),
            "tampered" => TestTokens.Tamper(tokens.Mint(Roles.MunicipalOfficer, registry, municipality: "GM0599"), "GM0363"),
            "unknown-key" => tokens.Mint(Roles.Coordinator, registry, signedByStranger: true),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
    }

    [Fact]
    public async Task Every_caller_gets_exactly_the_expected_answer_from_every_endpoint()
    {
        var mismatches = new List<string>();
        foreach (var (method, path, body, expected) in Matrix)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                using var client = _factory.ClientWith(TokenFor(Callers[i]));
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status != expected[i])
                {
                    mismatches.Add($"{method} {path} as {Callers[i]}: expected {expected[i]}, got {status}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    mismatches.Add($"{method} {path} as {Callers[i]}: {status} without problem+json");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task An_officer_lists_only_their_own_municipality()
    {
        using var client = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0599");
        var page = await client.GetFromJsonAsync<PagedList<MunicipalityResponse>>("/v1/municipalities?pageSize=100&province=PV28");
        Assert.Equal(["GM0599"], page!.Items.Select(m => m.Code));
        Assert.Equal(1, page.TotalItems);
    }

    [Fact]
    public void Every_endpoint_of_the_registry_is_in_the_matrix()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true
                     && e.RoutePattern.RawText != "/v1/openapi.json" && e.RoutePattern.RawText != "/{documentName}/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .ToList();
        var covered = Matrix.Select(row => $"{row.Method} {Template(row.Path)}").ToHashSet();
        Assert.DoesNotContain(endpoints, e => !covered.Contains(e));
    }

    // "/v1/municipalities/GM0363?x=1" → "/v1/municipalities/{code}", as the route table writes it.
    private static string Template(string path) => path.Split('?')[0] switch
    {
        var p when p.StartsWith("/v1/municipalities/GM", StringComparison.Ordinal) => "/v1/municipalities/{code}",
        var p => p,
    };
}
