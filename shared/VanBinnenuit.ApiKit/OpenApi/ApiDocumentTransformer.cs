using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace VanBinnenuit.ApiKit.OpenApi;

/// <summary>
/// What every service's OpenAPI document shares, so a municipality's developer gets documents that follow
/// the Dutch API Design Rules (checked by tools/api-rules): the version, whom to ask and the licence; the
/// gateway's base address with the major version (<c>/api/registry/v1</c>), and the paths below it.
/// What each operation answers is <see cref="OperationResponses"/>'s, the schemas <see cref="ExactSchemas"/>'.
/// </summary>
internal sealed class ApiDocumentTransformer(IHostEnvironment environment, IConfiguration configuration) : IOpenApiDocumentTransformer
{
    /// <summary>The one way in: a bearer token of the identity service, named by every operation behind sign-in.</summary>
    public const string SecurityScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var service = ServiceName(environment.ApplicationName);
        document.Info.Title = $"Van Binnenuit — {service}";
        document.Info.Version = ApiVersion.Of(environment.ApplicationName)
            ?? throw new InvalidOperationException($"{environment.ApplicationName} names no ApiVersion in its project file (AssemblyMetadata).");
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
        }
        document.Paths = paths;
        ProblemSchemas.AddTo(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token of the system's identity service, from the gateway's /connect/token: a municipality's system "
                + "by client credentials (its machine client, scope api), a person by the authorization code flow with PKCE. It lives ten minutes.",
        };
        document.Info.Description = Assembly.Load(new AssemblyName(environment.ApplicationName))
            .GetCustomAttribute<AssemblyDescriptionAttribute>()?.Description;
        return Task.CompletedTask;
    }

    /// <summary>The gateway's name of the service: <c>VanBinnenuit.AdviceRequests</c> is <c>advice-requests</c>.</summary>
    internal static string ServiceName(string applicationName) =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(applicationName[(applicationName.LastIndexOf('.') + 1)..]);
}
