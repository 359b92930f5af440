using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Apis;

/// <summary>What every token says, whichever flow issued it.</summary>
internal static class Tokens
{
    public static ClaimsIdentity NewIdentity(string subject, string name, string role, string? municipality, string? leaderId)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name).SetClaim(Claims.Role, role);
        identity.SetClaim(BindingClaims.Municipality, municipality).SetClaim(BindingClaims.Leader, leaderId);
        return identity;
    }

    public static ClaimsIdentity ForAccount(AccountUser user) =>
        NewIdentity(user.Id.ToString(), user.DisplayName, user.Role, user.MunicipalityCode, user.LeaderId);

    public static IResult SignIn(ClaimsIdentity identity, OpenIddictRequest request)
    {
        identity.SetScopes(request.GetScopes());
        identity.SetResources(ApiAudiences.All);
        // Role and binding are for the services only; the name may go into the identity token for the web.
        identity.SetDestinations(claim => claim.Type == Claims.Name && identity.HasScope(Scopes.Profile)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
