using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

/// <summary>
/// Guessing passwords is slowed down, never turned into a way to shut a leader out or to learn who has
/// an account: an address with and one without an account get the same answers, at the same cost.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed partial class SignInThrottleTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Password = "Een-lang-wachtwoord-2026";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CountingHasher _hasher = new();
    private IdentityFactory _root = null!;
    private WebApplicationFactory<IdentityDbContext> _factory = null!;

    public async Task InitializeAsync()
    {
        _root = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_throttle");
        _factory = _root.WithWebHostBuilder(web => web
            // Each test signs in from a client address of its own, as the gateway would name it.
            .UseSetting(GatewayForwarding.KeySetting, ForwardingKey)
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.AddSingleton<IPasswordHasher<AccountUser>>(_hasher);
            }));
        _factory.CreateClient().Dispose();
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
        var created = await users.CreateAsync(new AccountUser
        {
            UserName = "leider@example.org", Email = "leider@example.org", DisplayName = "leider", Role = Roles.Leader, LeaderId = "L-1", LockoutEnabled = true,
        }, Password);
        Assert.True(created.Succeeded);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    private const string ForwardingKey = "the-gateway-key-of-this-test";
    private static int _clients;

    /// <summary>A browser at a client address of its own, after every earlier failure is forgotten.</summary>
    private BrowserlessSignIn Browser()
    {
        _clock.Advance(TimeSpan.FromMinutes(31));
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Add(GatewayForwarding.KeyHeader, ForwardingKey);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{Interlocked.Increment(ref _clients)}");
        return new BrowserlessSignIn(http, "none", "none", "http://none");
    }

    private static readonly string Login = $"{BrowserlessSignIn.LoginPath}?returnUrl=%2F";

    /// <summary>What a person sees: the status and the page's message, without the per-request anti-forgery token and the typed address.</summary>
    private static async Task<(HttpStatusCode, string)> SeenAsync(HttpResponseMessage response, string email) =>
        (response.StatusCode, AntiforgeryToken().Replace((await response.Content.ReadAsStringAsync()).Replace(email, "<adres>", StringComparison.Ordinal), ""));

    [Fact]
    public async Task Wrong_passwords_slow_down_the_address_the_same_with_or_without_an_account_and_never_lock_the_holder_out()
    {
        var browser = Browser();
        var known = new List<(HttpStatusCode, string)>();
        var unknown = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await SeenAsync(await browser.PostLoginAsync(Login, "leider@example.org", "niet-het-wachtwoord"), "leider@example.org"));
            unknown.Add(await SeenAsync(await browser.PostLoginAsync(Login, "niemand@example.org", "niet-het-wachtwoord"), "niemand@example.org"));
        }
        Assert.Equal(unknown, known);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            known.Select(k => k.Item1));
        Assert.Contains("Probeer het over 2 seconden opnieuw", known[3].Item2);

        // While it waits, even the right password is not checked; afterwards it works: nothing was locked.
        using (var early = await browser.PostLoginAsync(Login, "leider@example.org", Password))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
            Assert.Equal("2", early.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        _clock.Advance(TimeSpan.FromSeconds(3));
        using var right = await browser.PostLoginAsync(Login, "leider@example.org", Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task The_wait_doubles_with_each_further_failure()
    {
        var browser = Browser();
        var email = $"{Guid.NewGuid():N}@example.org";
        var waits = new List<double?>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await browser.PostLoginAsync(Login, email, "fout");
            waits.Add(response.Headers.RetryAfter?.Delta?.TotalSeconds);
            // Just past each wait, so every try is checked and fails.
            _clock.Advance(TimeSpan.FromSeconds(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                using var again = await browser.PostLoginAsync(Login, email, "fout");
                Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
            }
        }
        Assert.Equal([null, null, null, 2, 4, 8], waits);
    }

    [Fact]
    public async Task One_client_trying_many_addresses_is_slowed_down_for_a_fresh_address_too()
    {
        var browser = Browser();
        for (var i = 0; i < 20; i++)
        {
            using var response = await browser.PostLoginAsync(Login, $"raden{i}-{Guid.NewGuid():N}@example.org", "fout");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using var fresh = await browser.PostLoginAsync(Login, $"nieuw-{Guid.NewGuid():N}@example.org", "fout");
        Assert.Equal(HttpStatusCode.TooManyRequests, fresh.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_costs_a_password_check_as_a_known_one_does()
    {
        var browser = Browser();
        var before = _hasher.Verifications;
        using (var unknown = await browser.PostLoginAsync(Login, $"{Guid.NewGuid():N}@example.org", "fout"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }
        var forUnknown = _hasher.Verifications - before;
        before = _hasher.Verifications;
        using (var known = await browser.PostLoginAsync(Login, "leider@example.org", "fout"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, known.StatusCode);
        }
        Assert.Equal(1, forUnknown);
        Assert.Equal(1, _hasher.Verifications - before);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>ASP.NET Core Identity's hasher, counting how often a password is checked.</summary>
    private sealed class CountingHasher : IPasswordHasher<AccountUser>
    {
        private readonly PasswordHasher<AccountUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AccountUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AccountUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
