using Microsoft.AspNetCore.HttpOverrides;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Extensions;

/// <summary>
/// Behind a TLS-terminating ingress the client's address and its <c>https</c> arrive in
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. The gateway believes them only from the ingress's
/// networks (<c>Gateway:TrustedProxies</c>, CIDR ranges such as the ingress controller's pod network),
/// never from a client: the address is the rate limit's partition and the audit's address, and the
/// scheme decides HSTS and secure redirects. Without the setting (local mode: the gateway is the edge)
/// it believes no one's. Production requires it.
/// </summary>
public static class IngressForwarding
{
    public const string Setting = "Gateway:TrustedProxies";

    public static IHostApplicationBuilder AddIngressForwarding(this IHostApplicationBuilder builder)
    {
        builder.RequireInProduction(new RequiredSetting(Setting, value =>
            string.IsNullOrWhiteSpace(value) ? "is missing"
            : Ranges(value).Length == 0 ? "names no CIDR range (10.0.0.0/8, ...)"
            : Ranges(value).FirstOrDefault(range => !System.Net.IPNetwork.TryParse(range, out _)) is { } bad ? $"has '{bad}', which is no CIDR range (10.0.0.0/8, ...)"
            : null));
        return builder;
    }

    /// <summary>First in the pipeline, so HSTS, the rate limiter and the forwarding to the services see the client's own address and scheme.</summary>
    public static WebApplication UseForwardedHeadersFromIngress(this WebApplication app)
    {
        if (app.Configuration[Setting] is not { Length: > 0 } setting)
        {
            return app;
        }
        var networks = Networks(setting);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in networks)
        {
            options.KnownIPNetworks.Add(network);
        }
        // The middleware would apply the headers of a connection without an address; here only an ingress's count.
        app.UseWhen(context => context.Connection.RemoteIpAddress is { } peer && networks.Any(n => n.Contains(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer)),
            fromIngress => fromIngress.UseForwardedHeaders(options));
        return app;
    }

    /// <summary>
    /// The CIDR ranges of a comma-separated setting. Production refuses a range that does not parse; elsewhere
    /// it is left out, so a typo trusts less, never more.
    /// </summary>
    public static IReadOnlyList<System.Net.IPNetwork> Networks(string setting) =>
        [.. Ranges(setting)
            .Select(range => System.Net.IPNetwork.TryParse(range, out var network) ? network : (System.Net.IPNetwork?)null)
            .OfType<System.Net.IPNetwork>()];

    private static string[] Ranges(string setting) =>
        setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
