using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>One service's API, called directly (not through the gateway, whose per-caller limit is for people) with the loader's token.</summary>
internal sealed partial class ServiceApi(HttpClient http, string service, Func<CancellationToken, Task<string>> token, DemoProgress progress)
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

    public Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        PostOrPutAsync(HttpMethod.Post, path, body, cancellationToken);

    /// <summary>A first write (a new item, the first report of a session): no version to name.</summary>
    public async Task<JsonElement> PostOrPutAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, cancellationToken);
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    /// <summary>A change to what the loader itself made just before: no other writer, so any version (<c>If-Match: *</c>).</summary>
    public async Task<JsonElement> ChangeAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, body, cancellationToken, anyVersion: true);
        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    /// <summary>A file as <c>multipart/form-data</c> in the field <c>file</c>.</summary>
    public async Task PostFileAsync(string path, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var response = await SendAsync(HttpMethod.Post, path, form, cancellationToken);
    }

    /// <summary>
    /// The answer whatever its status, for calls whose refusal is an answer (not yet known, no leader free,
    /// a first report that is there already). <paramref name="anyVersion"/> false sends no <c>If-Match</c>.
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TryAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        bool anyVersion = true)
    {
        using var response = await SendAsync(method, path, body, cancellationToken, anyVersion, throwOnFailure: false);
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, content.Length == 0 ? default : JsonDocument.Parse(content).RootElement.Clone());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken,
        bool anyVersion = false, bool throwOnFailure = true)
    {
        using var request = new HttpRequestMessage(method, $"http://{service}{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token(cancellationToken));
        if (anyVersion && method != HttpMethod.Get)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        }
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType());
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request, cancellationToken);
        progress.Timed($"{method} {service}{Ids().Replace(path.Split('?')[0], "{id}")}", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (throwOnFailure && !response.IsSuccessStatusCode)
        {
            // A refused write is a fault of the generator: name it whole, so it is fixed rather than skipped.
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new DemoLoadException($"{method} {service}{path} answered {(int)response.StatusCode} {(HttpStatusCode)response.StatusCode}: {problem}");
        }
        return response;
    }
}

internal sealed partial class ServiceApi
{
    /// <summary>Ids and session numbers in a path, so the timings add up per endpoint.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f-]{27}|(?<=/)[0-9]+(?=/|$)")]
    private static partial System.Text.RegularExpressions.Regex Ids();
}

internal sealed class DemoLoadException(string message) : Exception(message);
