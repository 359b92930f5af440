using System.Text;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Gateway.Extensions;

public static class LandingPage
{
    /// <summary><c>/</c>: a plain page linking each service's OpenAPI document through the gateway.</summary>
    public static WebApplication MapLandingPage(this WebApplication app)
    {
        app.MapGet("/", () => Results.Content(Render(), "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
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
            <p><a href="/health/ready">Gereedheid van alle diensten</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
