using System.Net.Http.Json;

namespace VanBinnenuit.Web.Api;

/// <summary>One field's problem, as the API names it (<c>contact.email</c>, <c>hopes[1]</c>).</summary>
public sealed record InvalidParam(string Name, string Reason);

/// <summary>A problem+json answer of a service (RFC 9457 with the Dutch API Design Rules' <c>invalidParams</c>).</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyList<InvalidParam> InvalidParams, IReadOnlyList<string> AllowedActions)
{
    private sealed record Body(int? Status, string? Title, string? Detail, List<InvalidParam>? InvalidParams, List<string>? AllowedActions);

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Body? body = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<Body>(GatewayApi.Json, cancellationToken);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a problem document after all; the status says enough.
            }
        }
        return new ApiProblem((int)response.StatusCode, body?.Title, body?.Detail, body?.InvalidParams ?? [], body?.AllowedActions ?? []);
    }

    /// <summary>What to tell the person, in Dutch, about the whole request.</summary>
    public string Message => DutchProblems.Summary(this);
}
