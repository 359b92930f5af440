using Microsoft.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>The two shapes of problem (RFC 9457) the services answer, once in each document's components.</summary>
internal static class ProblemSchemas
{
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";

    public static void AddTo(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        // What ProducesProblem declared; every problem response now points at the two below.
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Components.Schemas[Problem] = Shape(withInvalidParams: false);
        document.Components.Schemas[ValidationProblem] = Shape(withInvalidParams: true);
    }

    /// <summary>A problem's fields; a 400's and a 422's name each field that is wrong.</summary>
    private static OpenApiSchema Shape(bool withInvalidParams)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "What kind of problem: the RFC section of the status." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The problem in a sentence, the same for every occurrence." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong this time, and what to do." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The path that was called." },
        };
        if (withInvalidParams)
        {
            properties[ApiProblems.InvalidParamsKey] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = "Each field that is wrong, and why.",
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "name", "reason" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["name"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The field, as a JSON path (contact.email, hopes[1])." },
                        ["reason"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            };
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withInvalidParams ? "A problem that names the fields at fault." : "A problem (RFC 9457).",
            Required = new HashSet<string> { "type", "title", "status" },
            Properties = properties,
        };
    }
}
