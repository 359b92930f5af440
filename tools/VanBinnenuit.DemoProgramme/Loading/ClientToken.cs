using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>
/// A machine client's token by client credentials, kept until shortly before it expires. One request at
/// a time asks identity: the loader's parallel writes share the answer instead of each fetching one.
/// </summary>
internal sealed class ClientToken(HttpClient http, string clientId, string secret)
{
    private readonly SemaphoreSlim _fetching = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_token is { } token && DateTimeOffset.UtcNow < _expires)
        {
            return token;
        }
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fetched && DateTimeOffset.UtcNow < _expires)
            {
                return fetched;
            }
            using var response = await http.PostAsync($"http://{ResourceNames.Identity}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api",
            }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new DemoLoadException($"The identity service gave the demo client {clientId} no token ({(int)response.StatusCode}); it exists in Development only.");
            }
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            _expires = DateTimeOffset.UtcNow.AddSeconds(body.GetProperty("expires_in").GetInt32() - 60);
            return _token = body.GetProperty("access_token").GetString()!;
        }
        finally
        {
            _fetching.Release();
        }
    }
}
