using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.ServiceDefaults;
using Yarp.ReverseProxy.Transforms;

namespace VanBinnenuit.Gateway.Extensions;

public static class GatewayServiceExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);

        builder.AddTokenValidation(ResourceNames.ApiServices);
        builder.Services.AddReverseProxy()
            .LoadFromMemory([.. ApiRoutes.Routes, WebRoutes.Route], [.. ApiRoutes.Clusters.Append(WebRoutes.Cluster)
                .Select(cluster => cluster with { HttpRequest = new() { ActivityTimeout = options.UpstreamTimeout } })])
            .AddServiceDiscoveryDestinationResolver()
            // Every forwarded request carries the gateway's key, so the services believe its X-Forwarded-* headers and no one else's.
            .AddTransforms(transforms =>
            {
                if (builder.Configuration[GatewayForwarding.KeySetting] is { Length: > 0 } key)
                {
                    transforms.AddRequestHeader(GatewayForwarding.KeyHeader, key, append: false);
                }
            });

        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);

        builder.Services.AddRateLimiter(limiter =>
        {
            // Per signed-in subject (person or client); per address for requests without a valid token.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.User.FindFirst("sub")?.Value is { } subject
                            ? $"sub:{subject}"
                            : $"ip:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow })
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            limiter.OnRejected = WriteTooManyRequests;
        });

        // Ready only when every service behind the gateway is ready.
        var health = builder.Services.AddHealthChecks();
        foreach (var service in ResourceNames.ApiServices)
        {
            health.AddTypeActivatedCheck<ServiceReadinessCheck>(service, failureStatus: null, tags: [ServiceDefaults.Extensions.ReadyTag], args: service);
        }
        builder.Services.AddHttpClient(ServiceReadinessCheck.ClientName);
        return builder;
    }

    // The APIs, and the sign-in and token endpoints, where guessing passwords or secrets would happen.
    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/connect") || path.StartsWithSegments("/account");

    private static async ValueTask WriteTooManyRequests(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = rejected.HttpContext,
            ProblemDetails = ApiProblems.Details(StatusCodes.Status429TooManyRequests, ApiProblems.TitleFor(StatusCodes.Status429TooManyRequests),
                $"This client made too many requests; try again in {response.Headers.RetryAfter} seconds."),
        });
    }
}

internal sealed class ServiceReadinessCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string ClientName = "readiness";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync($"http://{service}/health/ready", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (HttpRequestException ex)
        {
            return HealthCheckResult.Unhealthy($"{service} is not reachable.", ex);
        }
    }
}
