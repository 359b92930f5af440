using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;

namespace VanBinnenuit.Web.Api;

/// <summary>
/// Every API call of the pages: through the gateway, with the signed-in person's access token, so
/// each service checks the person's own rights. Answers come back as <see cref="ApiResult{T}"/>.
/// </summary>
public sealed class GatewayApi(HttpClient http, IHttpContextAccessor accessor)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, ifMatch: null, cancellationToken);

    public async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType(), options: Json);
        }
        // No version, or one that is no entity tag (a tampered form), is not sent: the API then asks for one (428).
        if (EntityTagHeaderValue.TryParse(ifMatch, out var version))
        {
            request.Headers.IfMatch.Add(version);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        return await ApiResult<T>.ReadAsync(response, cancellationToken);
    }

    /// <summary>A file the API makes (a CSV export), passed on as it is.</summary>
    public async Task<HttpResponseMessage> GetFileAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, path);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        var context = accessor.HttpContext ?? throw new InvalidOperationException("API calls are made while serving a request.");
        if (await context.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }
}
