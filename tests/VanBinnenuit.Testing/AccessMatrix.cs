using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Testing;

/// <summary>One endpoint's row: the expected status for each of <see cref="AccessMatrix.Callers"/>, in order.</summary>
/// <param name="Body">JSON, <c>text/csv|...</c> for a CSV body, or <c>file|...</c> for a multipart upload of that text as a file.</param>
public sealed record MatrixRow(string Method, string Path, string? Body, int[] Expected);

/// <summary>
/// Who gets what from every endpoint of a service: each role, the officer of the own (GM0363) and
/// another (GM0599) municipality, and the bad tokens. Used by each service's access-matrix test.
/// </summary>
public static class AccessMatrix
{
    public static readonly string[] Callers =
        ["coordinator", "advisor", "leader", "officer-own", "officer-other", "administrator", "no-token", "expired", "other-audience", "tampered", "unknown-key"];

    /// <param name="leaderId">The leader the <c>leader</c> caller is bound to.</param>
    public static string? TokenFor(TestTokens tokens, string service, string caller, string leaderId) => caller switch
    {
        "coordinator" => tokens.Mint(Roles.Coordinator, service),
        "advisor" => tokens.Mint(Roles.Advisor, service),
        "leader" => tokens.Mint(Roles.Leader, service, leaderId: leaderId),
        "officer-own" => tokens.Mint(Roles.MunicipalOfficer, service, municipality: "GM0363"),
        "officer-other" => tokens.Mint(Roles.MunicipalOfficer, service, municipality: "GM0599"),
        "administrator" => tokens.Mint(Roles.Administrator, service),
        "no-token" => null,
        "expired" => tokens.Mint(Roles.Coordinator, service, expiresIn: TimeSpan.FromMinutes(-5)),
        "other-audience" => tokens.Mint(Roles.Coordinator, service == ResourceNames.Registry ? ResourceNames.Scheduling : ResourceNames.Registry),
        "tampered" => TestTokens.Tamper(tokens.Mint(Roles.MunicipalOfficer, service, municipality: "GM0599"), "GM0363"),
        "unknown-key" => tokens.Mint(Roles.Coordinator, service, signedByStranger: true),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    /// <summary>Sends every row as every caller (placeholders such as <c>{series}</c> filled from <paramref name="ids"/>) and lists what differs.</summary>
    public static async Task<List<string>> MismatchesAsync(
        IEnumerable<MatrixRow> rows, Func<string, HttpClient> clientFor, IReadOnlyDictionary<string, string> ids)
    {
        var mismatches = new List<string>();
        foreach (var (method, template, rowBody, expected) in rows)
        {
            var path = Fill(template, ids);
            var body = rowBody is null ? null : Fill(rowBody, ids);
            for (var i = 0; i < Callers.Length; i++)
            {
                using var client = clientFor(Callers[i]);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                // Every write names the version it read; "*" stands for "whatever is current".
                request.Headers.TryAddWithoutValidation("If-Match", "*");
                if (body is not null)
                {
                    request.Content = Content(body);
                }
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status != expected[i])
                {
                    mismatches.Add($"{method} {path} as {Callers[i]}: expected {expected[i]}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    mismatches.Add($"{method} {path} as {Callers[i]}: {status} without problem+json");
                }
            }
        }
        return mismatches;
    }

    private static HttpContent Content(string body)
    {
        if (body.StartsWith("text/csv|", StringComparison.Ordinal))
        {
            return new StringContent(body["text/csv|".Length..], Encoding.UTF8, "text/csv");
        }
        if (body.StartsWith("file|", StringComparison.Ordinal))
        {
            return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(body["file|".Length..])), "file", "document.txt" } };
        }
        return new StringContent(body, Encoding.UTF8, "application/json");
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> ids) =>
        ids.Aggregate(text, (filled, id) => filled.Replace(id.Key, id.Value, StringComparison.Ordinal));

    /// <summary>
    /// Every route that names neither a policy (or roles) nor anonymous access. The fallback refuses
    /// such a route to everyone, so it is a forgotten policy; each service's matrix test expects none.
    /// </summary>
    public static IEnumerable<string> NamingNoPolicy(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                     && !e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
                         .Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?");

    /// <summary>The service's <c>/v1</c> routes ("GET /v1/series/{id:guid}") that no row covers; the API documents excepted.</summary>
    public static IEnumerable<string> Uncovered(IServiceProvider services, IEnumerable<string> covered)
    {
        var set = covered.ToHashSet();
        return services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true
                     && e.RoutePattern.RawText != "/v1/openapi.json" && e.RoutePattern.RawText != "/{documentName}/openapi.json")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Where(e => !set.Contains(e));
    }
}
