using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VanBinnenuit.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Apis;

/// <summary>
/// <c>/connect/token</c>: OpenIddict validates the request (client, secret, code, PKCE verifier);
/// this decides what the token says. Role and binding are read fresh at every exchange, so a
/// changed or locked-out account stops getting tokens at its next refresh.
/// </summary>
public static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", Exchange).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> Exchange(
        HttpContext http, IOpenIddictApplicationManager applications, UserManager<AccountUser> users)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server did not handle this request.");

        if (request.IsClientCredentialsGrantType())
        {
            var client = await applications.FindByClientIdAsync(request.ClientId!);
            var properties = client is null ? null : await applications.GetPropertiesAsync(client);
            if (properties is null || !properties.TryGetValue(MachineClient.RoleProperty, out var role))
            {
                return Refuse("This client has no role.");
            }
            var identity = Tokens.NewIdentity(request.ClientId!, await applications.GetDisplayNameAsync(client!) ?? request.ClientId!, role.GetString()!,
                properties.TryGetValue(MachineClient.MunicipalityProperty, out var municipality) ? municipality.GetString() : null, leaderId: null);
            return Tokens.SignIn(identity, request);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(result.Principal?.GetClaim(Claims.Subject) ?? "");
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Refuse("The account no longer exists or is locked.");
            }
            var identity = Tokens.ForAccount(user);
            // A code or refresh request names no scopes (or fewer): the token carries what was granted at sign-in.
            return Tokens.SignIn(identity, request, request.GetScopes() is { Length: > 0 } asked ? asked : result.Principal!.GetScopes());
        }

        return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
