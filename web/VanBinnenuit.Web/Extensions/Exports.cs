using Microsoft.AspNetCore.WebUtilities;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// CSV downloads of monitoring's indicators. The browser holds no token, so the web frontend fetches
/// the file through the gateway with the person's own and passes it on unchanged.
/// </summary>
public static class Exports
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["breakdown"] = "api/monitoring/v1/indicators/breakdown.csv",
        ["attitudes"] = "api/monitoring/v1/indicators/attitudes.csv",
        ["coverage-gaps"] = "api/monitoring/v1/indicators/coverage-gaps.csv",
    };

    // Only the indicators' own filters are passed on.
    private static readonly string[] Filters = ["by", "per", "period", "municipality"];

    public static WebApplication MapExportEndpoints(this WebApplication app)
    {
        app.MapGet("/export/{name}.csv", DownloadAsync).RequireAuthorization(Policies.ReadIndicators);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string name, HttpContext http, GatewayApi api)
    {
        if (!Files.TryGetValue(name, out var path))
        {
            return Results.NotFound();
        }
        var query = Filters.Where(http.Request.Query.ContainsKey).ToDictionary(f => f, f => (string?)http.Request.Query[f].ToString());
        var response = await api.GetFileAsync(QueryHelpers.AddQueryString(path, query), http.RequestAborted);
        http.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode)
        {
            return Results.Redirect("/fout/" + (int)response.StatusCode);
        }
        http.Response.Headers.ContentDisposition = response.Content.Headers.ContentDisposition?.ToString() ?? $"attachment; filename=\"{name}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        return Results.Stream(await response.Content.ReadAsStreamAsync(http.RequestAborted), response.Content.Headers.ContentType?.ToString() ?? "text/csv");
    }
}
