using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using VanBinnenuit.ServiceDefaults.Problems;

namespace VanBinnenuit.ServiceDefaults;

public static class Extensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";

    /// <summary>
    /// What every service shares: OpenTelemetry, health checks, service discovery, resilient
    /// HttpClients, problem details for every error, JSON options and the OpenAPI document.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddClientDefaults();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

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

    /// <summary>
    /// What a process that serves no HTTP itself shares with the services (the demo loader): OpenTelemetry,
    /// service discovery and resilient HttpClients.
    /// </summary>
    public static TBuilder AddClientDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>Exception and status-code handling as problem+json, and the API-Version header.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        // The gateway strips /api/<service> and says so in X-Forwarded-Prefix, and names the host the
        // client used in X-Forwarded-Host; addresses handed out (links, calendar feeds) are built with both.
        // Believed only from the gateway (its key); the gateway itself, at the edge, believes no client's.
        app.UseForwardedHeadersFromGateway(
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix);
        app.UseExceptionHandler();
        // Health probes run every few seconds: keep them, and the database calls they make, out of traces.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/health"), health => health.Use(async (context, next) =>
        {
            using var suppressed = SuppressInstrumentationScope.Begin();
            await next(context);
        }));
        app.UseStatusCodePages();
        if (ApiVersion.Of(app.Environment.ApplicationName) is { } version)
        {
            app.UseMiddleware<ApiVersion.HeaderMiddleware>(version);
        }
        app.UseMiddleware<Deprecation.HeaderMiddleware>();
        return app;
    }

    /// <summary><c>/health/live</c>, <c>/health/ready</c> (database and broker) and <c>/v1/openapi.json</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Probes and API documents are for the platform and for developers; they hold no programme data.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) || r.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapOpenApi("/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }
}
