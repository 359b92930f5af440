namespace VanBinnenuit.Gateway.Extensions;

public static class SecurityHeaders
{
    // Nothing is loaded from elsewhere and nothing may frame the pages.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Security headers on every response; API responses are never cached (they may hold personal data).</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                // A service's own policy (advice-requests sandboxes document downloads) stays: the gateway's is
                // added beside it, and a browser enforces every policy it is given, so the stricter one holds.
                headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.Count == 0
                    ? ContentSecurityPolicy
                    : Microsoft.Extensions.Primitives.StringValues.Concat(headers.ContentSecurityPolicy, ContentSecurityPolicy);
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }
}
