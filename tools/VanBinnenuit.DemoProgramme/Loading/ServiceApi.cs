using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>One service's API, called directly (not through the gateway, whose per-caller limit is for people) with the loader's token.</summary>
internal sealed class ServiceApi(HttpClient http, string service, Func<CancellationToken, Task<string>> token)
{
    /// <summary>Every item of a paged list.</summary>
    public async Task<List<JsonElement>> ListAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var separator = path.Contains('?') ? '&' : '?';
            using var response = await SendAsync(HttpMethod.Get, $"{path}{separator}page={page}&pageSize=100", null, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var batch = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(batch);
            if (batch.Count < 100)
            {
                return items;
            }
        }
    }

    public async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, $"http://{service}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // A refused write is a fault of the generator: name it whole, so it is fixed rather than skipped.
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new DemoLoadException($"{method} {service}{path} answered {(int)response.StatusCode} {(HttpStatusCode)response.StatusCode}: {problem}");
        }
        return response;
    }
}

internal sealed class DemoLoadException(string message) : Exception(message);
