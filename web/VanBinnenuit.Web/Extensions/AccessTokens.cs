using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// The access token the pages call the APIs with: its role and binding shape the menu, and it is
/// renewed with the refresh token shortly before it expires (it lives ten minutes).
/// </summary>
internal static class AccessTokens
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    private static readonly string[] AccountClaims = ["name", "role", BindingClaims.Municipality, BindingClaims.Leader];

    /// <summary>
    /// Role and binding travel in the access token only (with the display name); the
    /// web reads them from the token it just received from the token endpoint itself, to choose what
    /// to show. The services still decide by the token.
    /// </summary>
    public static Task AddAccountClaimsAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && context.TokenEndpointResponse?.AccessToken is { } accessToken)
        {
            CopyAccountClaims(identity, accessToken);
        }
        return Task.CompletedTask;
    }

    public static async Task RenewWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null || DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow > RenewBefore)
        {
            return;
        }
        var renewed = await RefreshAsync(context.HttpContext, context.Properties.GetTokenValue("refresh_token"));
        if (renewed is null)
        {
            // The account was locked or changed, or the refresh token ran out: sign in again.
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.Properties.UpdateTokenValue("access_token", renewed.AccessToken);
        if (renewed.RefreshToken is { Length: > 0 } refreshToken)
        {
            context.Properties.UpdateTokenValue("refresh_token", refreshToken);
        }
        var expires = DateTimeOffset.UtcNow.AddSeconds(int.Parse(renewed.ExpiresIn, CultureInfo.InvariantCulture));
        context.Properties.UpdateTokenValue("expires_at", expires.ToString("o", CultureInfo.InvariantCulture));
        // A role or binding changed since sign-in shows at the next renewal.
        if (context.Principal?.Identity is ClaimsIdentity identity)
        {
            CopyAccountClaims(identity, renewed.AccessToken);
            context.ReplacePrincipal(new ClaimsPrincipal(identity));
        }
        context.ShouldRenew = true;
    }

    private static async Task<OpenIdConnectMessage?> RefreshAsync(HttpContext http, string? refreshToken)
    {
        if (refreshToken is null)
        {
            return null;
        }
        var oidc = http.OpenIdConnect();
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
        using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = oidc.ClientId!,
            ["client_secret"] = oidc.ClientSecret!,
        }), http.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var message = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(http.RequestAborted));
        return message.AccessToken is null ? null : message;
    }

    private static void CopyAccountClaims(ClaimsIdentity identity, string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        foreach (var type in AccountClaims)
        {
            foreach (var stale in identity.FindAll(type).ToList())
            {
                identity.RemoveClaim(stale);
            }
            if (token.TryGetClaim(type, out var claim))
            {
                identity.AddClaim(new Claim(type, claim.Value));
            }
        }
    }
}
