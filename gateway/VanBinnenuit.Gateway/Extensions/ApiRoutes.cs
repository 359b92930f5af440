using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace VanBinnenuit.Gateway.Extensions;

/// <summary><c>/api/&lt;service&gt;/**</c> to each service, prefix removed, destinations found by service discovery.</summary>
internal static class ApiRoutes
{
    /// <summary>The identity service's own paths: OpenID Connect endpoints, discovery and the sign-in page.</summary>
    private static readonly string[] IdentityPaths = ["/connect/{**rest}", "/.well-known/{**rest}", "/account/{**rest}"];

    public static IReadOnlyList<RouteConfig> Routes => ApiServiceRoutes.Concat(ApiDocumentRoutes).Concat(IdentityRoutes).Append(CalendarFeedRoute).ToList();

    /// <summary>
    /// Leaders' calendar feeds: calendar apps fetch them without a token, so the secret in the path is
    /// the key, and the scheduling service checks it.
    /// </summary>
    private static RouteConfig CalendarFeedRoute => ApiServiceRoutes.Single(route => route.ClusterId == ResourceNames.Scheduling) with
    {
        RouteId = $"{ResourceNames.Scheduling}-calendar-feeds",
        Match = new RouteMatch { Path = $"/api/{ResourceNames.Scheduling}/v1/calendar-feeds/{{token}}" },
        AuthorizationPolicy = "Anonymous",
        Order = -1,
    };

    /// <summary>Each service's OpenAPI document, open to all: it describes the API and holds no data.</summary>
    private static IEnumerable<RouteConfig> ApiDocumentRoutes => ApiServiceRoutes.Select(route => route with
    {
        RouteId = $"{route.RouteId}-openapi",
        Match = new RouteMatch { Path = $"/api/{route.ClusterId}/v1/openapi.json" },
        AuthorizationPolicy = "Anonymous",
        Order = -1,
    });

    private static IEnumerable<RouteConfig> IdentityRoutes => IdentityPaths.Select((path, i) => new RouteConfig
    {
        RouteId = $"{ResourceNames.Identity}-{i}",
        ClusterId = ResourceNames.Identity,
        Match = new RouteMatch { Path = path },
        // Signing in is how one gets a token.
        AuthorizationPolicy = "Anonymous",
    });

    private static IEnumerable<RouteConfig> ApiServiceRoutes => ResourceNames.ApiServices.Select(service => new RouteConfig
    {
        RouteId = service,
        ClusterId = service,
        Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
        // Defence in depth: a request without a valid token never reaches a service; each service still checks it itself.
        AuthorizationPolicy = Policies.ReadProgrammeData,
        Transforms =
        [
            new Dictionary<string, string> { ["PathRemovePrefix"] = $"/api/{service}" },
            // YARP would set X-Forwarded-Prefix to the (empty) path base; the service needs the stripped
            // prefix instead, to build links that work for the gateway's clients.
            new Dictionary<string, string> { ["X-Forwarded"] = "Set", ["Prefix"] = "Off" },
            new Dictionary<string, string> { ["RequestHeader"] = "X-Forwarded-Prefix", ["Set"] = $"/api/{service}" },
        ],
    });

    public static IReadOnlyList<ClusterConfig> Clusters => ResourceNames.ApiServices.Select(service => new ClusterConfig
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"http://{service}" },
        },
    }).ToList();
}
