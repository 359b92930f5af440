using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Identity.Apis;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.ServiceDefaults.Auth;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class AdminApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Secret = "a-long-secret-for-a-test-client";
    private IdentityFactory _factory = null!;
    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        _factory = new IdentityFactory(await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "identity_admin"));
        _factory.CreateClient();
        // One machine client per role gives real tokens from this identity service.
        foreach (var role in Roles.All)
        {
            await _factory.AddMachineClientAsync($"test-{role}", Secret, role, role == Roles.MunicipalOfficer ? "GM0363" : null);
            _tokens[role] = await TokenAsync($"test-{role}");
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<string> TokenAsync(string clientId)
    {
        using var response = await _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = Secret, ["scope"] = "api",
        }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private HttpClient As(string? token)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    private Task<int> AuditCountAsync(AccessEventKind kind) => InScope(db => db.AccessEvents.CountAsync(e => e.Kind == kind));

    private async Task<T> InScope<T>(Func<IdentityDbContext, Task<T>> work)
    {
        using var scope = _factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    private static readonly string[] Callers = [.. Roles.All, "no-token", "tampered", "unknown-key"];

    // Bodies that would succeed for an administrator, so the matrix sees authorization, not validation.
    private static readonly (string Method, string Path, Func<string> Body, int Administrator)[] Endpoints =
    [
        ("GET", "/v1/users", () => "", 200),
        ("POST", "/v1/users", () => $$"""{"email":"{{Guid.NewGuid():N}}@example.org","displayName":"Nieuw","role":"advisor","password":"Een-lang-wachtwoord-2026"}""", 201),
        ("PUT", "/v1/users/{id}/binding", () => """{"role":"coordinator"}""", 200),
        ("POST", "/v1/clients", () => $$"""{"clientId":"c-{{Guid.NewGuid():N}}","displayName":"Systeem","municipalityCode":"GM0599"}""", 201),
        ("GET", "/v1/access-events", () => "", 200),
        ("POST", "/v1/token-keys", () => "", 201),
    ];

    private string? TokenFor(string caller) => caller switch
    {
        "no-token" => null,
        "tampered" => TestTokens.Tamper(_tokens[Roles.MunicipalOfficer], "GM0599"),
        "unknown-key" => new TestTokens().Mint(Roles.Administrator, ResourceNames.Identity),
        var role => _tokens[role],
    };

    [Fact]
    public async Task Only_administrators_reach_the_administrators_API()
    {
        await _factory.AddUserAsync("matrix@example.org", "Een-lang-wachtwoord-2026", Roles.Advisor);
        var userId = await InScope(db => db.Users.Where(u => u.Email == "matrix@example.org").Select(u => u.Id).SingleAsync());
        var mismatches = new List<string>();
        foreach (var (method, path, body, administrator) in Endpoints)
        {
            foreach (var caller in Callers)
            {
                var expected = caller == Roles.Administrator ? administrator : Roles.All.Contains(caller) ? 403 : 401;
                using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", userId.ToString()));
                if (method != "GET")
                {
                    request.Content = new StringContent(body(), Encoding.UTF8, "application/json");
                }
                using var response = await As(TokenFor(caller)).SendAsync(request);
                if ((int)response.StatusCode != expected)
                {
                    mismatches.Add($"{method} {path} as {caller}: expected {expected}, got {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Every_endpoint_of_identity_names_its_policy_or_anonymous_access() =>
        Assert.Empty(VanBinnenuit.Testing.AccessMatrix.NamingNoPolicy(_factory.Services));

    [Fact]
    public void Every_endpoint_of_the_administrators_API_is_in_the_matrix()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true && !e.RoutePattern.RawText.EndsWith("openapi.json"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/').Replace("{id:guid}", "{id}")}"));
        var covered = Endpoints.Select(e => $"{e.Method} {e.Path}").ToHashSet();
        Assert.DoesNotContain(endpoints, e => !covered.Contains(e));
    }

    [Fact]
    public async Task A_new_account_and_a_changed_role_are_audited_with_the_administrator_who_did_it()
    {
        var admin = As(_tokens[Roles.Administrator]);
        var created = await admin.PostAsJsonAsync("/v1/users", new NewUser("audit@example.org", "Audit", Roles.Advisor, null, null, "Een-lang-wachtwoord-2026"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<UserResponse>();

        var changed = await admin.PutAsJsonAsync($"/v1/users/{user!.Id}/binding", new AccountBinding(Roles.MunicipalOfficer, "GM0599", null));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var events = await InScope(db => db.AccessEvents.Where(e => e.Subject == user.Id.ToString()).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AccessEventKind.AccountCreated, AccessEventKind.RoleChanged], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal("test-administrator", e.Actor));
        Assert.Equal("advisor → municipal-officer GM0599", events[1].Detail);
        Assert.DoesNotContain(events, e => (e.Detail ?? "").Contains("audit@example.org"));
    }

    [Fact]
    public async Task A_binding_that_does_not_fit_the_role_is_refused_and_nothing_changes()
    {
        var admin = As(_tokens[Roles.Administrator]);
        var before = await AuditCountAsync(AccessEventKind.AccountCreated);
        var response = await admin.PostAsJsonAsync("/v1/users", new NewUser("x@example.org", "X", Roles.MunicipalOfficer, null, "L-1", "Een-lang-wachtwoord-2026"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var names = problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["leaderId", "municipalityCode"], names.Order());
        Assert.Equal(before, await AuditCountAsync(AccessEventKind.AccountCreated));
    }

    [Fact]
    public async Task A_new_municipal_system_gets_its_secret_once_and_a_token_bound_to_its_municipality()
    {
        var created = await As(_tokens[Roles.Administrator]).PostAsJsonAsync("/v1/clients", new NewClient("gm0344-system", "Utrecht", "GM0344"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = await created.Content.ReadFromJsonAsync<NewClientResponse>();

        using var token = await _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client!.ClientId, ["client_secret"] = client.ClientSecret, ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(1, await AuditCountAsync(AccessEventKind.ClientCreated));
    }

    [Fact]
    public async Task Sign_ins_failures_and_throttled_tries_are_audited_without_the_address_typed()
    {
        await _factory.AddUserAsync("teller@example.org", "Een-lang-wachtwoord-2026", Roles.Coordinator);
        var browser = new BrowserlessSignIn(_factory.CreateClient(new() { AllowAutoRedirect = false }), "none", "none", "http://none");
        var login = $"{BrowserlessSignIn.LoginPath}?returnUrl=%2F";
        await browser.PostLoginAsync(login, "teller@example.org", "Een-lang-wachtwoord-2026");
        for (var i = 0; i < 5; i++)
        {
            await browser.PostLoginAsync(login, "teller@example.org", "fout");
        }
        await browser.PostLoginAsync(login, "niemand@example.org", "fout");

        Assert.Equal(1, await AuditCountAsync(AccessEventKind.SignedIn));
        // Three wrong passwords are checked; the next two come too soon and are refused unchecked; the unknown address is checked.
        Assert.Equal(4, await AuditCountAsync(AccessEventKind.SignInFailed));
        Assert.Equal(2, await AuditCountAsync(AccessEventKind.SignInThrottled));
        Assert.Equal(0, await AuditCountAsync(AccessEventKind.LockedOut));
        var audit = await As(_tokens[Roles.Administrator]).GetStringAsync("/v1/access-events?pageSize=100");
        Assert.DoesNotContain("example.org", audit);
        Assert.DoesNotContain("fout", audit);
    }

    [Fact]
    public async Task Generated_account_and_client_requests_never_answer_5xx_and_refused_ones_write_nothing()
    {
        var admin = As(_tokens[Roles.Administrator]);
        var text = Gen.OneOf(Gen.String[0, 30], Gen.Const("GM0363"), Gen.Const("advisor"), Gen.Const("municipal-officer"), Gen.Const("a@b.nl")).Null();
        var user = Gen.Select(text, text, text, text, text, text).Select((e, d, r, m, l, p) => (object)new NewUser(e, d, r, m, l, p));
        var client = Gen.Select(text, text, text).Select((c, d, m) => (object)new NewClient(c, d, m));
        var raw = Gen.String.Select(s => (object)s);

        await Gen.Select(Gen.OneOf(Gen.Const("/v1/users"), Gen.Const("/v1/clients")), Gen.OneOf(user, client, raw)).SampleAsync(async sample =>
        {
            var (path, body) = sample;
            var before = await InScope(db => db.AccessEvents.CountAsync());
            using var response = await admin.PostAsJsonAsync(path, body);
            var status = (int)response.StatusCode;
            return status < 500 && (status < 400 || await InScope(db => db.AccessEvents.CountAsync()) == before);
        }, iter: 150, threads: 1);
    }
}
