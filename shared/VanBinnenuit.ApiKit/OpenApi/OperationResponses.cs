using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// Every status an operation can answer, declared the same way everywhere: the API-Version header on each
/// success; 400 for any input; 401 and 403 behind sign-in (every service's fallback policy asks a role);
/// the bearer token those need; 404 for a path that names something; 412 and 428 with the If-Match header where a change needs the
/// version read (<see cref="ConcurrencyConventions.RequiresIfMatch"/>); 429 from the gateway's limit per
/// person; and each error as a problem (RFC 9457) with its type, as ApiProblems writes them. Query
/// parameters are named in camelCase, as they bind. A deprecated operation says so, with its sunset.
/// </summary>
internal sealed class OperationResponses : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            // [AsParameters] records name them Page, PageSize; binding ignores case, the document says them as they are written.
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
        operation.Responses ??= [];
        var takesInput = operation.RequestBody is not null || (operation.Parameters?.Any(p => p.In is ParameterLocation.Query or ParameterLocation.Path) ?? false);
        if (takesInput)
        {
            Declare(operation, StatusCodes.Status400BadRequest, "The input is not valid: the problem's invalidParams name each field and why.");
        }
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.SecurityScheme, context.Document)] = [] });
            Declare(operation, StatusCodes.Status401Unauthorized, "No valid token: sign in, or ask a token with client credentials.");
            Declare(operation, StatusCodes.Status403Forbidden, "The token's role, or its municipality, may not do this.");
        }
        if (operation.Parameters?.Any(p => p.In == ParameterLocation.Path) ?? false)
        {
            Declare(operation, StatusCodes.Status404NotFound, "Nothing with this id that the caller may see: another municipality's is as absent as one that does not exist.");
        }
        if (metadata.OfType<IfMatchRequired>().LastOrDefault() is { } ifMatch)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = ifMatch.Always,
                Description = "The ETag of the version read (a GET answers it), so a change made since is not overwritten unseen"
                    + (ifMatch.Always ? "." : "; needed once the resource exists, not for the call that creates it."),
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create("\"1234\""),
            });
            Declare(operation, StatusCodes.Status412PreconditionFailed, "The resource changed since the version in If-Match: read it again.");
            Declare(operation, StatusCodes.Status428PreconditionRequired, "If-Match is missing.");
        }
        Declare(operation, StatusCodes.Status429TooManyRequests, "Too many requests from this person or system in the last minute; Retry-After says when to try again.");
        var deprecation = metadata.OfType<Deprecation>().LastOrDefault();
        if (deprecation is not null)
        {
            operation.Deprecated = true;
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-sunset"] = new JsonNodeExtension(JsonValue.Create(deprecation.Sunset.ToString("yyyy-MM-dd")));
            if (deprecation.Successor is { } successor)
            {
                operation.Extensions["x-successor"] = new JsonNodeExtension(JsonValue.Create(successor));
            }
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
                    Description = "The full version of the API that answered (semantic), the document's info.version.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d+\.\d+\.\d+$" },
                };
                if (deprecation is not null)
                {
                    concrete.Headers[Deprecation.DeprecationHeader] = new OpenApiHeader
                    {
                        Description = "When this operation was deprecated (RFC 9745, @ and Unix seconds).",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                    concrete.Headers[Deprecation.SunsetHeader] = new OpenApiHeader
                    {
                        Description = "After this moment the operation is gone (RFC 8594, an HTTP date).",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }
            else if (status.StartsWith('4') || status.StartsWith('5'))
            {
                // Every error is a problem (ApiProblems, ProblemExceptionHandler), whatever the endpoint declared.
                var code = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture);
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemJson] = new()
                    {
                        Schema = new OpenApiSchemaReference(code is 400 or 422 ? ProblemSchemas.ValidationProblem : ProblemSchemas.Problem),
                        Example = Example(code),
                    },
                };
                concrete.Description ??= "A problem (RFC 9457).";
            }
        }
        return Task.CompletedTask;
    }

    private static void Declare(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.TryGetValue(key, out var declared) || declared is not OpenApiResponse { Description.Length: > 0 })
        {
            operation.Responses[key] = new OpenApiResponse { Description = description };
        }
    }

    private static JsonObject Example(int status) => new()
    {
        ["type"] = ApiProblems.TypeFor(status),
        ["title"] = ApiProblems.TitleFor(status),
        ["status"] = status,
    };
}
