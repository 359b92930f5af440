using Microsoft.AspNetCore.Http;

namespace VanBinnenuit.ServiceDefaults;

/// <summary>The major version lives in the path (<c>/v1</c>); the full version in the API-Version header.</summary>
public static class ApiVersion
{
    public const string DocumentName = "v1";
    public const string PathPrefix = "/v1";
    public const string HeaderName = "API-Version";
    public const string Current = "1.0.0";

    internal sealed class HeaderMiddleware(RequestDelegate next)
    {
        public Task InvokeAsync(HttpContext context)
        {
            if (context.Request.Path.StartsWithSegments(PathPrefix))
            {
                context.Response.Headers[HeaderName] = Current;
            }
            return next(context);
        }
    }
}
