using System.Text.Json;
using System.Text.Json.Serialization;

namespace VanBinnenuit.Web.Api;

/// <summary>One field's problem, as the API names it (<c>contact.email</c>, <c>hopes[1]</c>).</summary>
public sealed record InvalidParam(string Name, string Reason);

/// <summary>A problem+json answer of a service (RFC 9457 with the Dutch API Design Rules' <c>invalidParams</c>).</summary>
/// <param name="Extensions">Members a service adds beyond these (a CSV import's <c>report</c>).</param>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyList<InvalidParam> InvalidParams, IReadOnlyList<string> AllowedActions,
    IReadOnlyDictionary<string, JsonElement>? Extensions = null)
{
    private sealed record Body(int? Status, string? Title, string? Detail, List<InvalidParam>? InvalidParams, List<string>? AllowedActions)
    {
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Extensions { get; init; }
    }

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Body? body = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<Body>(GatewayApi.Json, cancellationToken);
            }
            catch (JsonException)
            {
                // Not a problem document after all; the status says enough.
            }
        }
        return new ApiProblem((int)response.StatusCode, body?.Title, body?.Detail, body?.InvalidParams ?? [], body?.AllowedActions ?? [], body?.Extensions);
    }

    /// <summary>What to tell the person, in Dutch, about the whole request.</summary>
    public string Message => DutchProblems.Summary(this);
}
