using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace VanBinnenuit.ServiceDefaults.OpenApi;

/// <summary>
/// What every service's OpenAPI document shares, so a municipality's developer gets documents that follow
/// the Dutch API Design Rules (checked by tools/api-rules): the version, whom to ask and the licence; the
/// gateway's base address with the major version (<c>/api/registry/v1</c>), the paths below it; the
/// API-Version header on every success; problem details on every error, and the 400 of every operation
/// that takes input; query parameters in camelCase, as they bind.
/// </summary>
internal sealed class ApiDocumentTransformer(IHostEnvironment environment, IConfiguration configuration) : IOpenApiDocumentTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var service = ServiceName(environment.ApplicationName);
        document.Info.Title = $"Van Binnenuit — {service}";
        document.Info.Version = ApiVersion.Current;
        document.Info.Contact = new OpenApiContact
        {
            Name = configuration["ApiDocument:ContactName"] ?? "Verandering van Binnenuit, beheer",
            Email = configuration["ApiDocument:ContactEmail"] ?? "api@vanbinnenuit.nl",
            Url = new Uri(configuration["ApiDocument:ContactUrl"] ?? "https://vanbinnenuit.nl/api"),
        };
        document.Info.License = new OpenApiLicense { Name = "EUPL-1.2", Url = new Uri("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12") };
        // Relative to the gateway that serves the document, so it holds wherever the system runs (always behind TLS there).
        document.Servers = [new OpenApiServer { Url = $"/api/{service}{ApiVersion.PathPrefix}" }];

        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            // The major version is the server's; a path repeating it would be called as /v1/v1/….
            var below = path.StartsWith(ApiVersion.PathPrefix + "/", StringComparison.Ordinal) ? path[ApiVersion.PathPrefix.Length..] : path;
            paths[below] = item;
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                Shape(operation);
            }
        }
        document.Paths = paths;
        return Task.CompletedTask;
    }

    private static void Shape(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            // [AsParameters] records name them Page, PageSize; binding ignores case, the document says them as they are written.
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
        operation.Responses ??= [];
        var takesInput = operation.RequestBody is not null || (operation.Parameters?.Any(p => p.In == ParameterLocation.Query) ?? false);
        if (takesInput && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse { Description = "The input is not valid: the problem's invalidParams name each field and why." };
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }
            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[ApiVersion.HeaderName] = new OpenApiHeader
                {
                    Description = "The full version of the API that answered (semantic).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d+\.\d+\.\d+$" },
                    Example = System.Text.Json.Nodes.JsonValue.Create(ApiVersion.Current),
                };
            }
            else if (status.StartsWith('4') || status.StartsWith('5'))
            {
                // Every error is a problem (ApiProblems, ProblemExceptionHandler), whatever the endpoint declared.
                var schema = concrete.Content?.Values.Select(c => c.Schema).FirstOrDefault(s => s is not null);
                concrete.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema ?? Problem } };
                concrete.Description ??= "A problem (RFC 9457).";
            }
        }
    }

    /// <summary>A problem's fields, for a response that declared none.</summary>
    private static readonly OpenApiSchema Problem = new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
        },
    };

    /// <summary>The gateway's name of the service: <c>VanBinnenuit.AdviceRequests</c> is <c>advice-requests</c>.</summary>
    internal static string ServiceName(string applicationName) =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(applicationName[(applicationName.LastIndexOf('.') + 1)..]);
}
