using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Apis;

/// <summary>What every token says, whichever flow issued it.</summary>
internal static class Tokens
{
    /// <param name="email">A person's address, for the web's identity token only (to fill in their own forms); machine clients have none.</param>
    public static ClaimsIdentity NewIdentity(string subject, string name, string role, string? municipality, string? leaderId, string? email = null)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name).SetClaim(Claims.Role, role).SetClaim(Claims.Email, email);
        identity.SetClaim(BindingClaims.Municipality, municipality).SetClaim(BindingClaims.Leader, leaderId);
        return identity;
    }

    public static ClaimsIdentity ForAccount(AccountUser user) =>
        NewIdentity(user.Id.ToString(), user.DisplayName, user.Role, user.MunicipalityCode, user.LeaderId, user.Email);

    /// <param name="granted">The scopes granted before (a code or refresh token's); else those the request asks for.</param>
    public static IResult SignIn(ClaimsIdentity identity, OpenIddictRequest request, IEnumerable<string>? granted = null)
    {
        identity.SetScopes(granted ?? request.GetScopes());
        identity.SetResources(ApiAudiences.All);
        // Role and binding are for the services only; the name may go into the identity token for the web. The
        // e-mail address goes only there: no service needs it, and access tokens travel to every service.
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Email => identity.HasScope(Scopes.Email) ? [Destinations.IdentityToken] : [],
            Claims.Name when identity.HasScope(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
