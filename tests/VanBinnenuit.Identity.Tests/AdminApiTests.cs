using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Apis;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.ServiceDefaults;
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
        _factory = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_admin");
        _factory.CreateClient();
        // One machine client per role gives real tokens from this identity service.
        foreach (var role in Roles.All)
        {
            await _factory.AddMachineClientAsync($"test-{role}", Secret, role, role == Roles.MunicipalOfficer ? "GM0363" : null);
            _tokens[role] = await TokenAsync($"test-{role}");
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task<string> TokenAsync(string clientId) => _factory.MachineTokenAsync(clientId, Secret);

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
        ("POST", "/v1/users/{id}/deactivation", () => "", 200),
        ("POST", "/v1/users/{id}/activation", () => "", 200),
        ("POST", "/v1/clients", () => $$"""{"clientId":"c-{{Guid.NewGuid():N}}","displayName":"Systeem","municipalityCode":"GM0599"}""", 201),
        ("POST", "/v1/clients/{client}/secret", () => "", 200),
        ("DELETE", "/v1/clients/{client}", () => "", 204),
        ("GET", "/v1/access-events", () => "", 200),
        ("GET", "/v1/token-keys", () => "", 200),
        ("POST", "/v1/token-keys", () => "", 201),
        // After the row above there is a newer signing key, so the oldest may be retired.
        ("POST", "/v1/token-keys/{key}/retirement", () => "", 200),
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
        await _factory.AddMachineClientAsync("matrix-system", Secret, Roles.MunicipalOfficer, "GM0363");
        var mismatches = new List<string>();
        foreach (var (method, path, body, administrator) in Endpoints)
        {
            foreach (var caller in Callers)
            {
                var expected = caller == Roles.Administrator ? administrator : Roles.All.Contains(caller) ? 403 : 401;
                var oldestKey = await InScope(db => db.TokenKeys.Where(k => k.Use == TokenKey.Signing).OrderBy(k => k.CreatedAt).Select(k => k.Id).FirstAsync());
                using var request = new HttpRequestMessage(new HttpMethod(method),
                    path.Replace("{id}", userId.ToString()).Replace("{client}", "matrix-system").Replace("{key}", oldestKey.ToString("N")));
                if (method is not "GET" and not "DELETE")
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
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/').Replace("{id:guid}", "{id}").Replace("{clientId}", "{client}").Replace("{keyId}", "{key}")}"));
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
    public async Task A_disabled_account_cannot_sign_in_or_refresh_and_signs_in_again_once_enabled()
    {
        await _factory.AddWebClientAsync();
        const string password = "Een-lang-wachtwoord-2026";
        await _factory.AddUserAsync("vertrekt@example.org", password, Roles.Advisor);
        var id = await InScope(db => db.Users.Where(u => u.Email == "vertrekt@example.org").Select(u => u.Id).SingleAsync());
        var browser = new BrowserlessSignIn(_factory.CreateClient(new() { AllowAutoRedirect = false }), IdentityFactory.WebClientId, IdentityFactory.WebSecret, IdentityFactory.WebRedirect);
        using var redeemed = await browser.RedeemAsync(_factory.CreateClient(), browser.CodeFrom(await browser.SignInAsync("vertrekt@example.org", password)));
        var refreshToken = (await redeemed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refresh_token").GetString()!;

        var admin = As(_tokens[Roles.Administrator]);
        using (var disabled = await admin.PostAsync($"/v1/users/{id}/deactivation", null))
        {
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
            Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedOut").GetBoolean());
        }
        using (var refresh = await _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = IdentityFactory.WebClientId, ["client_secret"] = IdentityFactory.WebSecret,
        })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
            Assert.Equal("invalid_grant", (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        }
        using (var signIn = await browser.PostLoginAsync($"{BrowserlessSignIn.LoginPath}?returnUrl=%2F", "vertrekt@example.org", password))
        {
            // The same words as for a wrong password: whoever typed learns nothing of the account.
            Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
            Assert.Contains("klopt niet", await signIn.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await InScope(db => db.AccessEvents.CountAsync(e => e.Kind == AccessEventKind.AccountDisabled && e.Subject == id.ToString())));

        using (var enabled = await admin.PostAsync($"/v1/users/{id}/activation", null))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }
        using var again = await browser.PostLoginAsync($"{BrowserlessSignIn.LoginPath}?returnUrl=%2F", "vertrekt@example.org", password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await InScope(db => db.AccessEvents.CountAsync(e => e.Kind == AccessEventKind.AccountEnabled && e.Subject == id.ToString())));
    }

    [Fact]
    public async Task A_machine_clients_secret_can_be_rotated_and_the_client_deleted_and_each_stops_the_old_access()
    {
        await _factory.AddMachineClientAsync("gm0599-systeem", Secret, Roles.MunicipalOfficer, "GM0599");
        async Task<HttpStatusCode> TokenStatusAsync(string secret)
        {
            using var response = await _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "gm0599-systeem", ["client_secret"] = secret, ["scope"] = "api",
            }));
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(Secret));

        var admin = As(_tokens[Roles.Administrator]);
        using var rotated = await admin.PostAsync("/v1/clients/gm0599-systeem/secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var answer = await rotated.Content.ReadFromJsonAsync<JsonElement>();
        var fresh = answer.GetProperty("clientSecret").GetString()!;
        Assert.Equal("GM0599", answer.GetProperty("municipalityCode").GetString());
        Assert.NotEqual(HttpStatusCode.OK, await TokenStatusAsync(Secret));
        Assert.Equal(HttpStatusCode.OK, await TokenStatusAsync(fresh));

        using (var deleted = await admin.DeleteAsync("/v1/clients/gm0599-systeem"))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }
        Assert.NotEqual(HttpStatusCode.OK, await TokenStatusAsync(fresh));
        using (var gone = await admin.DeleteAsync("/v1/clients/gm0599-systeem"))
        {
            await gone.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal(1, await InScope(db => db.AccessEvents.CountAsync(e => e.Kind == AccessEventKind.ClientSecretRotated && e.Subject == "gm0599-systeem")));
        Assert.Equal(1, await InScope(db => db.AccessEvents.CountAsync(e => e.Kind == AccessEventKind.ClientDeleted && e.Subject == "gm0599-systeem")));
    }

    [Fact]
    public async Task The_last_active_administrator_can_be_neither_disabled_nor_made_something_else()
    {
        await _factory.AddUserAsync("beheer-een@example.org", "Een-lang-wachtwoord-2026", Roles.Administrator);
        var first = await InScope(db => db.Users.Where(u => u.Email == "beheer-een@example.org").Select(u => u.Id).SingleAsync());
        var admin = As(_tokens[Roles.Administrator]);
        using (var refused = await admin.PostAsync($"/v1/users/{first}/deactivation", null))
        {
            await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        using (var demoted = await admin.PutAsJsonAsync($"/v1/users/{first}/binding", new AccountBinding(Roles.Advisor, null, null)))
        {
            await demoted.AssertProblemAsync(HttpStatusCode.Conflict);
        }
        await _factory.AddUserAsync("beheer-twee@example.org", "Een-lang-wachtwoord-2026", Roles.Administrator);
        using (var allowed = await admin.PostAsync($"/v1/users/{first}/deactivation", null))
        {
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        var second = await InScope(db => db.Users.Where(u => u.Email == "beheer-twee@example.org").Select(u => u.Id).SingleAsync());
        using var last = await admin.PostAsync($"/v1/users/{second}/deactivation", null);
        await last.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Sign_ins_failures_and_throttled_tries_are_audited_without_the_address_typed()
    {
        await _factory.AddUserAsync("teller@example.org", "Een-lang-wachtwoord-2026", Roles.Coordinator);
        AccessEventKind[] kinds = [AccessEventKind.SignedIn, AccessEventKind.SignInFailed, AccessEventKind.SignInThrottled, AccessEventKind.LockedOut];
        var before = new Dictionary<AccessEventKind, int>();
        foreach (var kind in kinds)
        {
            before[kind] = await AuditCountAsync(kind);
        }
        async Task<int> Added(AccessEventKind kind) => await AuditCountAsync(kind) - before[kind];
        var browser = new BrowserlessSignIn(_factory.CreateClient(new() { AllowAutoRedirect = false }), "none", "none", "http://none");
        var login = $"{BrowserlessSignIn.LoginPath}?returnUrl=%2F";
        await browser.PostLoginAsync(login, "teller@example.org", "Een-lang-wachtwoord-2026");
        for (var i = 0; i < 5; i++)
        {
            await browser.PostLoginAsync(login, "teller@example.org", "fout");
        }
        await browser.PostLoginAsync(login, "niemand@example.org", "fout");

        Assert.Equal(1, await Added(AccessEventKind.SignedIn));
        // Three wrong passwords are checked; the next two come too soon and are refused unchecked; the unknown address is checked.
        Assert.Equal(4, await Added(AccessEventKind.SignInFailed));
        Assert.Equal(2, await Added(AccessEventKind.SignInThrottled));
        Assert.Equal(0, await Added(AccessEventKind.LockedOut));
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
