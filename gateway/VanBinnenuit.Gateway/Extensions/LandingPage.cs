using System.Text;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Extensions;

public static class LandingPage
{
    /// <summary>
    /// <c>/api</c>: a plain page linking each service's OpenAPI document through the gateway (the web
    /// frontend has <c>/</c>). Any other path under <c>/api</c> that no service serves is a 404 problem,
    /// never a page of the web frontend.
    /// </summary>
    public static WebApplication MapLandingPage(this WebApplication app)
    {
        app.MapGet("/api", () => Results.Content(Render(), "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        app.Map("/api/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.",
                detail: "No service of the programme serves this path."))
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static string Render()
    {
        var links = new StringBuilder();
        foreach (var service in ResourceNames.ApiServices)
        {
            links.Append($"""<li><a href="/api/{service}/v1/openapi.json">{service}</a> — <code>/api/{service}/v1/…</code></li>""");
        }
        return $"""
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Van Binnenuit — API-gateway</title></head>
            <body>
            <main>
            <h1>Van Binnenuit — API-gateway</h1>
            <p>De API's van de diensten, elk met een OpenAPI 3-document:</p>
            <ul>{links}</ul>
            <p><a href="/health/ready">Gereedheid van alle diensten</a> · <a href="/">De webapplicatie</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
