using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;
using VanBinnenuit.Identity.Data;

namespace VanBinnenuit.Identity.Apis;

/// <summary>
/// <c>/connect/authorize</c> (code flow with PKCE): a person who is not signed in goes to the
/// sign-in page and comes back; a signed-in person gets a code for the client that asked.
/// <c>/connect/endsession</c> ends that sign-in when the person signs out of a client.
/// </summary>
public static class AuthorizationApi
{
    public static IEndpointRouteBuilder MapAuthorizationApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).ExcludeFromDescription().AllowAnonymous();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)EndSession).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<AccountUser> users)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server did not handle this request.");

        var signedIn = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal) : null;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return Results.Redirect($"{AccountApi.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var identity = Tokens.ForAccount(user);
        return Tokens.SignIn(identity, request);
    }

    /// <summary>
    /// <c>/connect/endsession</c>: signing out of a client ends the sign-in here too, so the next person
    /// at a shared computer has to give their own password. OpenIddict sends the browser back to the
    /// client's registered address.
    /// </summary>
    private static async Task<IResult> EndSession(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
