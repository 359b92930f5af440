using System.Net;

namespace VanBinnenuit.Web.Api;

/// <summary>An API's answer: the value, or the problem it described (with its ETag for the next change).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem, string? ETag)
{
    public bool Succeeded => Problem is null;

    public static async Task<ApiResult<T>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var etag = response.Headers.ETag?.ToString();
        if (response.IsSuccessStatusCode)
        {
            var value = response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                ? default
                : await response.Content.ReadFromJsonAsync<T>(GatewayApi.Json, cancellationToken);
            return new ApiResult<T>(value, null, etag);
        }
        return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken), etag);
    }
}
