using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// Sign-in by the OpenID Connect code flow with PKCE against the identity service, through the
/// gateway. The tokens stay on the server (<see cref="SessionTicketStore"/>); the browser holds only
/// a session cookie.
/// </summary>
public static class SignIn
{
    public const string SignOutPath = "/afmelden";
    public const string SignedOutPath = "/afgemeld";

    public static IHostApplicationBuilder AddSignIn(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        var issuer = builder.Configuration["Identity:Issuer"] ?? options.Gateway.ToString();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SessionTicketStore>();
        builder.Services.AddSingleton<ExpiredSessionsSweep>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ExpiredSessionsSweep>());
        builder.Services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                auth.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "vanbinnenuit.web";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = options.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.AccessDeniedPath = "/geen-toegang";
                cookie.Events.OnValidatePrincipal = AccessTokens.RenewWhenDueAsync;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = issuer;
                oidc.RequireHttpsMetadata = issuer.StartsWith("https:", StringComparison.Ordinal);
                oidc.ClientId = options.ClientId;
                oidc.ClientSecret = options.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                // The default form_post answer is a page with an inline script, which the gateway's CSP forbids.
                oidc.ResponseMode = "query";
                oidc.Scope.Clear();
                // "email": the person's own address, in the identity token only, to fill in their own forms.
                foreach (var scope in new[] { "openid", "profile", "email", "api", "offline_access" })
                {
                    oidc.Scope.Add(scope);
                }
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = "role";
                // The identity service sits behind the same gateway: the round trip is same-site.
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.SignedOutRedirectUri = SignedOutPath;
                oidc.Events.OnTokenValidated = AccessTokens.AddAccountClaimsAsync;
            });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<SessionTicketStore>((cookie, store) => cookie.SessionStore = store);
        return builder;
    }

    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        // A form post with the anti-forgery token, so no other site can sign a person out.
        // Checked here, not by the middleware, which looks only at requests with a form body: a bodiless post would pass it.
        app.MapPost(SignOutPath, async (HttpContext http, IAntiforgery antiforgery) => await antiforgery.IsRequestValidAsync(http)
                ? Results.SignOut(new AuthenticationProperties { RedirectUri = SignedOutPath },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
                : Results.BadRequest())
            // Signing out works even when the session has just run out.
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    internal static OpenIdConnectOptions OpenIdConnect(this HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
}
