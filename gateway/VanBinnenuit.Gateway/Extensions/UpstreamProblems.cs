using System.Globalization;
using VanBinnenuit.ApiKit.Problems;
using Yarp.ReverseProxy.Forwarder;

namespace VanBinnenuit.Gateway.Extensions;

/// <summary>
/// What a client reads when the service behind a route is away (restarting, killed, overloaded): a
/// problem it can act on, never YARP's empty 502. Unreachable is 503 with Retry-After; no answer within
/// <see cref="GatewayOptions.UpstreamTimeout"/> is 504, so nobody waits longer than that.
/// </summary>
public static class UpstreamProblems
{
    /// <summary>Seconds a client is asked to wait: about what a service or its database takes to start again.</summary>
    public const int RetryAfterSeconds = 5;

    public static IReverseProxyApplicationBuilder UseUpstreamProblems(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();
            if (context.GetForwarderErrorFeature() is not { } failure || context.Response.HasStarted
                || failure.Error is ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled)
            {
                return;
            }
            var service = context.GetReverseProxyFeature().Route.Config.ClusterId;
            var timedOut = failure.Error == ForwarderError.RequestTimedOut;
            var status = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status503ServiceUnavailable;
            var timeout = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<GatewayOptions>>().Value.UpstreamTimeout;
            context.Response.Clear();
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = ApiProblems.Details(status, ApiProblems.TitleFor(status), timedOut
                    ? $"The {service} service did not answer within {timeout.TotalSeconds:0} seconds; the request may or may not have been carried out."
                    : $"The {service} service cannot be reached right now. Try again in {RetryAfterSeconds} seconds."),
            });
        });
        // The steps YARP runs when no pipeline is given.
        proxy.UseSessionAffinity();
        proxy.UseLoadBalancing();
        proxy.UsePassiveHealthChecks();
        return proxy;
    }
}
