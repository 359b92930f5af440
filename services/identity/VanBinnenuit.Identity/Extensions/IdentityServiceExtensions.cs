using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Messaging;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public const string DataProtectionKeyDirectory = "Identity:DataProtection:KeyDirectory";

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ResourceNames.IdentityDb);
        builder.Services.AddScoped<IDatabaseSeeder<IdentityDbContext>, TokenKeySeeder>();
        builder.Services.AddScoped<IDatabaseSeeder<IdentityDbContext>, AccountAnnouncementSeeder>();
        // Publishes only (AccountChanged, through the outbox); identity consumes nothing.
        builder.AddMessaging<IdentityDbContext>(ResourceNames.Identity);
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddScoped<IDatabaseSeeder<IdentityDbContext>, DemoAccountsSeeder>();
        }
        else
        {
            builder.Services.AddScoped<IDatabaseSeeder<IdentityDbContext>, WebClientSeeder>();
            builder.Services.AddScoped<IDatabaseSeeder<IdentityDbContext>, FirstAdministratorSeeder>();
        }
        // For real: the web's client secret, and a key ring folder from a mounted secret (the token keys are encrypted with it).
        builder.RequireInProduction(RequiredSetting.Secret(WebClientSeeder.SecretSetting), RequiredSetting.Present(DataProtectionKeyDirectory));

        builder.Services.AddIdentityCore<AccountUser>(options =>
            {
                // Failed passwords never lock an account (the sign-in passes lockoutOnFailure: false;
                // SignInThrottle slows guessing instead); a lockout end is left for an administrator's use.
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = Apis.AccountApi.LoginPath;
            cookie.Cookie.Name = "vanbinnenuit.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAntiforgery();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token").SetAuthorizationEndpointUris("connect/authorize").SetEndSessionEndpointUris("connect/endsession");
                server.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
                server.RequireProofKeyForCodeExchange();
                server.RegisterScopes(ApiAudiences.Scope, Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess);
                // Short-lived: a revoked role or binding stops working within minutes.
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(10));
                server.SetRefreshTokenLifetime(TimeSpan.FromHours(8));
                // Plain signed JWTs, so every service validates them with the published keys alone.
                server.DisableAccessTokenEncryption();
                if (builder.Configuration["Identity:Issuer"] is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer));
                }
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // Inside the cluster TLS ends at the edge; the gateway faces the clients.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                // The administrators' API takes the same access tokens as every service, checked here with the server's own keys.
                validation.UseLocalServer();
                validation.AddAudiences(ResourceNames.Identity);
                validation.UseAspNetCore();
            });
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenKeyOptions>();
        // Rotated and retired keys take effect without a restart, in every replica (TokenKeyRefresher).
        builder.Services.AddSingleton<TokenKeyChanges>();
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(services => services.GetRequiredService<TokenKeyChanges>());
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddict.Validation.OpenIddictValidationOptions>>(services => services.GetRequiredService<TokenKeyChanges>());
        builder.Services.AddOptions<TokenKeyRefreshOptions>().BindConfiguration(TokenKeyRefreshOptions.Section);
        builder.Services.AddHostedService<TokenKeyRefresher>();
        builder.AddAccessPolicies();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AccessAudit>();
        // The key ring that encrypts the token keys: in a mounted secret folder where one is given
        // (production), else in the identity database beside the keys it protects (local mode).
        var protection = builder.Services.AddDataProtection().SetApplicationName("VanBinnenuit.Identity");
        if (builder.Configuration[DataProtectionKeyDirectory] is { Length: > 0 } keyDirectory)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keyDirectory));
        }
        else
        {
            protection.PersistKeysToDbContext<IdentityDbContext>();
        }
        builder.Services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        builder.Services.AddSingleton<SignInThrottle>();
        return builder;
    }
}
