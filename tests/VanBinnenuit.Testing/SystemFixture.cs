using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Testing;

/// <summary>The whole system as <c>./run.sh</c> starts it (infrastructure, services, gateway), on random ports.</summary>
public class SystemFixture : AppHostFixture
{
    public SystemFixture()
    {
    }

    /// <summary>For a harness that starts the system with its own settings (the benchmarks); xunit uses the public constructor.</summary>
    protected SystemFixture(params string[] arguments) : base(arguments)
    {
    }

    /// <summary>A client for the gateway, the only way in for a browser or a municipality's system.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>A client for the gateway signed in as the demo coordinator, by the code flow with PKCE.</summary>
    public HttpClient Coordinator { get; private set; } = null!;

    public const string DemoPassword = "Demo-wachtwoord-2026";

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        // Every replica (the gateway waits for every replica of what it routes to).
        await App.WaitForEveryReplicaHealthyAsync(ResourceNames.Gateway, cancellationToken);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
        Coordinator = await SignedInClientAsync("coordinator@demo.vanbinnenuit.nl");
    }

    /// <summary>
    /// A gateway client carrying the access token of a demo account. Access tokens live ten minutes and a
    /// suite runs longer, so the client signs in again before its token runs out.
    /// </summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        var tokens = new FreshToken(() => AccessTokenAsync(email));
        var client = new HttpClient(tokens) { BaseAddress = Gateway.BaseAddress };
        // Where a test reads or replaces the token (a tampered one is sent as it is).
        client.DefaultRequestHeaders.Authorization = new("Bearer", await tokens.CurrentAsync(CancellationToken.None));
        return client;
    }

    private async Task<string> AccessTokenAsync(string email)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() })
        {
            BaseAddress = Gateway.BaseAddress,
        };
        // Redirected to this run's gateway, as the web frontend will be.
        var signIn = new BrowserlessSignIn(browser, "demo-web", "demo-secret-web", new Uri(Gateway.BaseAddress!, "/signin-oidc").ToString());
        return await signIn.AccessTokenAsync(Gateway, email, DemoPassword);
    }

    /// <summary>Replaces a token it gave out by one no older than <see cref="Renewal"/>, signing in again when needed.</summary>
    private sealed class FreshToken(Func<Task<string>> signIn) : DelegatingHandler(new HttpClientHandler())
    {
        private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(5);
        private readonly SemaphoreSlim _gate = new(1, 1);
        private readonly HashSet<string> _issued = [];
        private (string Token, DateTimeOffset At)? _current;

        public async Task<string> CurrentAsync(CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (_current is not { } current || DateTimeOffset.UtcNow - current.At > Renewal)
                {
                    _current = current = (await signIn(), DateTimeOffset.UtcNow);
                    lock (_issued)
                    {
                        _issued.Add(current.Token);
                    }
                }
                return current.Token;
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Headers.Authorization?.Parameter is { } sent && Issued(sent))
            {
                request.Headers.Authorization = new("Bearer", await CurrentAsync(cancellationToken));
            }
            return await base.SendAsync(request, cancellationToken);
        }

        private bool Issued(string token)
        {
            lock (_issued)
            {
                return _issued.Contains(token);
            }
        }
    }

    public override async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Coordinator?.Dispose();
        await base.DisposeAsync();
    }
}
