using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace VanBinnenuit.ApiKit;

/// <summary>
/// The major version lives in the path (<c>/v1</c>); the full version in the API-Version header and the
/// document's <c>info.version</c>. Each service has its own, set in its project file as
/// <c>&lt;AssemblyMetadata Include="ApiVersion" Value="1.1.0" /&gt;</c>, so one service's change does not
/// move another's contract; ApiDocumentSnapshotTests holds each version to the document it names.
/// </summary>
public static class ApiVersion
{
    public const string DocumentName = "v1";
    public const string PathPrefix = "/v1";
    public const string HeaderName = "API-Version";
    public const string MetadataKey = "ApiVersion";

    /// <summary>The full version of the service whose entry assembly is <paramref name="applicationName"/>; null for a process without an API (the gateway, the web).</summary>
    public static string? Of(string applicationName)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(applicationName));
        }
        catch (IOException)
        {
            return null;
        }
        return assembly.GetCustomAttributes<AssemblyMetadataAttribute>().LastOrDefault(a => a.Key == MetadataKey)?.Value;
    }

    internal sealed class HeaderMiddleware(RequestDelegate next, string version)
    {
        public Task InvokeAsync(HttpContext context)
        {
            if (context.Request.Path.StartsWithSegments(PathPrefix))
            {
                context.Response.Headers[HeaderName] = version;
            }
            return next(context);
        }
    }
}
