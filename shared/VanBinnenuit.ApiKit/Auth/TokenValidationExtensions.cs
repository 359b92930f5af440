using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.ApiKit.Auth;

public static class TokenValidationExtensions
{
    /// <summary>How stale a service's copy of the identity service's published keys may become.</summary>
    public static readonly TimeSpan KeyRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Every request's bearer token is checked by the service itself (issuer, audience = this
    /// service, lifetime, signature against the identity service's published keys); the gateway
    /// checking too is defence in depth only. A token that passed is remembered for up to a minute
    /// (<see cref="ValidatedTokenCache"/>). Also registers the policies and the <see cref="Caller"/>.
    /// </summary>
    public static IHostApplicationBuilder AddTokenValidation(this IHostApplicationBuilder builder, string audience) =>
        builder.AddTokenValidation([audience]);

    /// <summary>As <see cref="AddTokenValidation(IHostApplicationBuilder, string)"/>, accepting any of <paramref name="audiences"/> (the gateway).</summary>
    public static IHostApplicationBuilder AddTokenValidation(this IHostApplicationBuilder builder, IReadOnlyList<string> audiences)
    {
        var issuer = builder.Configuration["Identity:Issuer"];
        var identityBase = builder.Configuration["Identity:InternalAddress"] ?? $"http://{ResourceNames.Identity}";

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            // Wrapped after MapInboundClaims is set: the setter reaches only the handlers it knows by type.
            for (var i = 0; i < options.TokenHandlers.Count; i++)
            {
                options.TokenHandlers[i] = new ValidatedTokenCache(options.TokenHandlers[i], TimeProvider.System);
            }
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidAudiences = audiences,
                NameClaimType = "name",
                RoleClaimType = "role",
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) =>
            {
                var http = clients.CreateClient(nameof(IdentityKeyRetriever));
                // The published keys are fetched again every few minutes (not the default 12 hours), so a key the
                // identity service stopped publishing (retired, its grace period over) stops validating here soon after.
                options.ConfigurationManager ??= new ConfigurationManager<OpenIdConnectConfiguration>(
                    $"{identityBase}/.well-known/openid-configuration", new IdentityKeyRetriever(identityBase), new HttpDocumentRetriever(http) { RequireHttps = false })
                {
                    AutomaticRefreshInterval = KeyRefreshInterval,
                };
            });

        return builder.AddAccessPolicies();
    }

    /// <summary>The programme's authorization policies and the scoped <see cref="Caller"/>; part of <see cref="AddTokenValidation"/>.</summary>
    public static IHostApplicationBuilder AddAccessPolicies(this IHostApplicationBuilder builder)
    {
        Policies.Add(builder.Services.AddAuthorizationBuilder());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(services =>
            services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User is { } user ? Caller.From(user) : Caller.System);
        return builder;
    }

    public static WebApplication UseTokenValidation(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
