using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Web.Data;
using VanBinnenuit.Web.Api;

#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental in 10.x.

namespace VanBinnenuit.Web.Extensions;

public static class WebServiceExtensions
{
    /// <summary>Server-rendered pages, sign-in by the code flow, and one client for the gateway.</summary>
    public static IHostApplicationBuilder AddWebFrontend(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section);
        builder.RequireInProduction(RequiredSetting.Present($"{WebOptions.Section}:{nameof(WebOptions.ClientId)}"),
            RequiredSetting.Secret($"{WebOptions.Section}:{nameof(WebOptions.ClientSecret)}"));
        // The programme period, for the results page's choice of periods (the same section monitoring reads).
        builder.Services.AddOptions<VanBinnenuit.Vocabulary.ProgrammeTarget>().BindConfiguration(VanBinnenuit.Vocabulary.ProgrammeTarget.Section);
        // People get the Dutch error page (/fout), not the APIs' problem+json.
        builder.Services.RemoveAll<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>();
        // What the replicas share: sessions and the key ring that protects cookies and anti-forgery tokens.
        builder.AddServiceDatabase<WebDbContext>(ResourceNames.WebDb);
        builder.Services.AddDataProtection().SetApplicationName("VanBinnenuit.Web").PersistKeysToDbContext<WebDbContext>();
        builder.AddSignIn();
        // The same policies the services use, so a page shows only what its API would allow anyway.
        builder.AddAccessPolicies();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "vanbinnenuit.antiforgery");

        builder.Services.AddHttpClient<GatewayApi>((services, http) =>
                http.BaseAddress = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value.Gateway)
            // A retried POST could submit a request twice; the person retries, knowingly.
            .RemoveAllResilienceHandlers();
        builder.Services.AddTransient<Api.Clients.AdviceRequestsClient>();
        builder.Services.AddTransient<Api.Clients.IdentityClient>();
        builder.Services.AddTransient<Api.Clients.MonitoringClient>();
        builder.Services.AddTransient<Api.Clients.RegistryClient>();
        builder.Services.AddTransient<Api.Clients.SchedulingClient>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<MunicipalityDirectory>();
        builder.Services.AddScoped<CodeNameDirectory>();
        builder.Services.AddScoped<VanBinnenuit.Web.Components.Pages.StartTasks>();
        builder.Services.AddScoped<VanBinnenuit.Web.Components.Pages.Search.SearchSections>();
        return builder;
    }

    public static WebApplication UseWebFrontend(this WebApplication app)
    {
        // The gateway names the address the browser used; redirects and sign-in callbacks are built with it.
        app.UseForwardedHeadersFromGateway(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        app.UseSecureCookies();
        app.UseExceptionHandler("/fout", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseDesignSystemAssets();
        app.UseStaticFiles();
        // Pages show personal data (contact persons, messages): no browser or proxy keeps a copy.
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
