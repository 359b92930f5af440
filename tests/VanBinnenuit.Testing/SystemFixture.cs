using Aspire.Hosting;
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
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, cancellationToken);
        Gateway = App.CreateHttpClient(ResourceNames.Gateway);
        Coordinator = await SignedInClientAsync("coordinator@demo.vanbinnenuit.nl");
    }

    /// <summary>A gateway client carrying the access token of a demo account.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() })
        {
            BaseAddress = Gateway.BaseAddress,
        };
        // Redirected to this run's gateway, as the web frontend will be.
        var signIn = new BrowserlessSignIn(browser, "demo-web", "demo-secret-web", new Uri(Gateway.BaseAddress!, "/signin-oidc").ToString());
        var token = await signIn.AccessTokenAsync(Gateway, email, DemoPassword);
        var client = App.CreateHttpClient(ResourceNames.Gateway);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Coordinator?.Dispose();
        await base.DisposeAsync();
    }
}
