using VanBinnenuit.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace VanBinnenuit.Gateway.Extensions;

/// <summary>
/// Everything outside the APIs and the identity service's paths goes to the web frontend, which
/// signs people in itself. The route matches last, so it never takes a path meant for a service.
/// </summary>
internal static class WebRoutes
{
    public static RouteConfig Route => new()
    {
        RouteId = ResourceNames.Web,
        ClusterId = ResourceNames.Web,
        Match = new RouteMatch { Path = "/{**rest}" },
        AuthorizationPolicy = "Anonymous",
        Order = int.MaxValue,
    };

    public static ClusterConfig Cluster => new()
    {
        ClusterId = ResourceNames.Web,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [ResourceNames.Web] = new() { Address = $"http://{ResourceNames.Web}" },
        },
    };
}
