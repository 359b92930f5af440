using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ApiKit;

/// <summary>What every HTTP API of the project shares: problem details for every error, JSON options and the OpenAPI document.</summary>
public static class ApiDefaults
{
    public static TBuilder AddApiDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Type ??= ApiProblems.TypeFor(status);
            context.ProblemDetails.Instance ??= (context.HttpContext.Request.PathBase + context.HttpContext.Request.Path).Value;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures throw, so the exception handler can name the parameter in invalidParams.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Enum values travel as kebab-case words ("migrant-self-organisation"), as the API Design Rules name things.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            // A number is a number: "3" for 3 is refused, and the documents say integer, not integer-or-string.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddOpenApi(ApiVersion.DocumentName, options =>
        {
            options.AddDocumentTransformer<OpenApi.ApiDocumentTransformer>();
            options.AddOperationTransformer<OpenApi.HandlerDocumentation>();
            options.AddOperationTransformer<OpenApi.OperationResponses>();
            options.AddOperationTransformer<OpenApi.OperationExamples>();
            options.AddSchemaTransformer<OpenApi.ExactSchemas>();
        });
        return builder;
    }

    /// <summary>Exception and status-code handling as problem+json, the API-Version header and deprecation notices.</summary>
    public static WebApplication UseApiDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (ApiVersion.Of(app.Environment.ApplicationName) is { } version)
        {
            app.UseMiddleware<ApiVersion.HeaderMiddleware>(version);
        }
        app.UseMiddleware<Deprecation.HeaderMiddleware>();
        return app;
    }

    /// <summary><c>/v1/openapi.json</c>: for developers and municipalities' systems, without programme data.</summary>
    public static WebApplication MapApiDocuments(this WebApplication app)
    {
        app.MapOpenApi("/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }
}
