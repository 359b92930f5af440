using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>Asking again until an event has had its effect: what every end-to-end flow across services does.</summary>
public static class Polling
{
    /// <summary>Repeats <paramref name="send"/> until it answers <paramref name="status"/> with a body that satisfies <paramref name="done"/>; fails after a minute with the last answer.</summary>
    public static async Task<JsonElement> UntilAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, Func<JsonElement, bool>? done = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await send();
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == status)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (done?.Invoke(body) ?? true)
                {
                    return body;
                }
            }
            await Task.Delay(300);
        }
        Assert.Fail($"Never got {(int)status}; last answer: {last}");
        return default;
    }

    /// <summary>Asks <paramref name="done"/> again until it holds; fails after a minute.</summary>
    public static async Task UntilTrueAsync(Func<Task<bool>> done, string? what = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return;
            }
            await Task.Delay(300);
        }
        Assert.Fail($"Never happened: {what ?? "the condition"}.");
    }

    /// <summary>A JSON request with <c>If-Match</c> (any version unless told otherwise; none when null).</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, object? body, string? ifMatch = "*")
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    /// <summary>Sends and asserts a 2xx, naming the call and the answer when it is not.</summary>
    public static async Task OkAsync(this HttpClient client, HttpMethod method, string path, object? body)
    {
        using var response = await client.SendAsync(method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
