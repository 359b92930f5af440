using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace VanBinnenuit.ServiceDefaults;

/// <summary>
/// The hosting defaults every process shares, whatever it serves: telemetry, health, service discovery
/// and resilience. What an HTTP API adds (problems, validation, OpenAPI) is in <c>VanBinnenuit.ApiKit</c>,
/// and a database in <c>VanBinnenuit.Persistence</c>, so the gateway and the web carry neither EF nor an API kit they do not use.
/// </summary>
public static class Extensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    /// <summary>OpenTelemetry, service discovery, resilient HttpClients and the liveness check.</summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddClientDefaults();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        // What every process behind the gateway needs for real: the issuer its tokens name (the public
        // https address) and the key the gateway proves itself with. Each part adds its own (database, broker, ...).
        builder.Services.AddHostedService<ProductionSettingsCheck>();
        ProductionSettings.LogWarningsByDefault(builder);
        builder.RequireInProduction(RequiredSetting.HttpsAddress("Identity:Issuer"), RequiredSetting.Secret(GatewayForwarding.KeySetting));
        return builder;
    }

    /// <summary>
    /// What a process that serves no HTTP itself shares with the services (the demo loader): OpenTelemetry,
    /// service discovery and resilient HttpClients.
    /// </summary>
    public static TBuilder AddClientDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>Forwarded headers from the gateway, secure cookies in Production, and health probes kept out of traces.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseSecureCookies();
        // The gateway strips /api/<service> and says so in X-Forwarded-Prefix, and names the host the
        // client used in X-Forwarded-Host; addresses handed out (links, calendar feeds) are built with both.
        // Believed only from the gateway (its key); the gateway itself, at the edge, believes no client's.
        app.UseForwardedHeadersFromGateway(
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix);
        // Health probes run every few seconds: keep them, and the database calls they make, out of traces.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/health"), health => health.Use(async (context, next) =>
        {
            using var suppressed = SuppressInstrumentationScope.Begin();
            await next(context);
        }));
        return app;
    }

    /// <summary>
    /// In Production, behind the TLS-terminating ingress, every cookie (sign-in, anti-forgery, OpenID
    /// Connect correlation) is sent over HTTPS only, whatever scheme the hop inside the cluster used.
    /// </summary>
    public static WebApplication UseSecureCookies(this WebApplication app)
    {
        // Only there: the tests' in-process hosts speak plain http, where a browser would drop a secure cookie.
        if (app.Environment.IsProduction())
        {
            app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
        }
        return app;
    }

    /// <summary><c>/health/live</c> and <c>/health/ready</c> (database and broker where the process has them).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Probes are for the platform; they hold no programme data.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) || r.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
