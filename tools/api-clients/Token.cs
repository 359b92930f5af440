using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Kiota.Abstractions.Authentication;

/// <summary>A token by client credentials, as any OAuth library would get it; the generated client only carries it.</summary>
internal sealed class ClientCredentials(Uri gateway, string clientId, string secret) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([gateway.Authority]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "api",
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString()!;
    }
}
