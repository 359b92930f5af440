using VanBinnenuit.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace VanBinnenuit.Gateway.Extensions;

/// <summary><c>/api/&lt;service&gt;/**</c> to each service, prefix removed, destinations found by service discovery.</summary>
internal static class ApiRoutes
{
    public static IReadOnlyList<RouteConfig> Routes => ResourceNames.ApiServices.Select(service => new RouteConfig
    {
        RouteId = service,
        ClusterId = service,
        Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
        Transforms =
        [
            new Dictionary<string, string> { ["PathRemovePrefix"] = $"/api/{service}" },
            // YARP would set X-Forwarded-Prefix to the (empty) path base; the service needs the stripped
            // prefix instead, to build links that work for the gateway's clients.
            new Dictionary<string, string> { ["X-Forwarded"] = "Set", ["Prefix"] = "Off" },
            new Dictionary<string, string> { ["RequestHeader"] = "X-Forwarded-Prefix", ["Set"] = $"/api/{service}" },
        ],
    }).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters => ResourceNames.ApiServices.Select(service => new ClusterConfig
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"http://{service}" },
        },
    }).ToList();
}
