using Microsoft.Extensions.FileProviders;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// The NL Design System's stylesheets, served from the npm packages the build installed: the Utrecht
/// component library (EUPL-1.2) and the NL Design System's example theme (EUPL-1.2). Utrecht's own
/// theme is not used: it is the municipality of Utrecht's house style, under its own licence.
/// </summary>
public static class DesignSystemAssets
{
    private static readonly (string RequestPath, string Package)[] Packages =
    [
        ("/lib/utrecht", "@utrecht/component-library-css/dist"),
        ("/lib/thema", "@nl-design-system-unstable/voorbeeld-design-tokens/dist"),
    ];

    public static WebApplication UseDesignSystemAssets(this WebApplication app)
    {
        foreach (var (requestPath, package) in Packages)
        {
            var folder = Path.Combine(app.Environment.ContentRootPath, "node_modules", package);
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException($"The front-end package folder {folder} is missing; building the project runs npm ci.");
            }
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = requestPath });
        }
        return app;
    }
}
