namespace VanBinnenuit.Gateway.Extensions;

public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// Largest request body the gateway forwards: a 10 MB document (advice-requests' default limit)
    /// with room for its multipart framing. Each service still enforces its own, exact limit.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = (10 * 1024 * 1024) + (64 * 1024);
    /// <summary>Requests one client may make per window before it gets 429.</summary>
    public int RateLimitPermits { get; set; } = 600;
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>
    /// Longest a service may stay silent on a forwarded request before the gateway answers 504 (YARP's own
    /// default is 100 s): longer than any export takes, short enough that a client is never left hanging.
    /// </summary>
    public TimeSpan UpstreamTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
