using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Web.Api.Clients;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// CSV downloads of monitoring's indicators. The browser holds no token, so the web frontend fetches
/// the file through the gateway with the person's own and passes it on unchanged.
/// </summary>
public static class Exports
{
    public static WebApplication MapExportEndpoints(this WebApplication app)
    {
        app.MapGet("/export/{name}.csv", DownloadAsync).RequireAuthorization(Policies.ReadIndicators);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string name, HttpContext http, MonitoringClient monitoring)
    {
        var filters = http.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal);
        if (await monitoring.ExportAsync(name, filters, http.RequestAborted) is not { } response)
        {
            return Results.NotFound();
        }
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
