using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Apis;

/// <summary>The sign-in page: plain, accessible HTML in Dutch, with anti-forgery and lockout.</summary>
public static class AccountApi
{
    public const string LoginPath = "/account/login";

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(LoginPath, ShowLogin).ExcludeFromDescription().AllowAnonymous();
        app.MapPost(LoginPath, Login).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static IResult ShowLogin(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        LoginPage.Render(http, antiforgery, SafeReturnUrl(returnUrl), error: null, email: null);

    private static async Task<IResult> Login(
        HttpContext http, IAntiforgery antiforgery, SignInManager<AccountUser> signIn, AccessAudit audit, [FromForm] LoginForm form)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            return LoginPage.Render(http, antiforgery, returnUrl, "Vul uw e-mailadres en wachtwoord in.", form.Email, HttpStatusCode.BadRequest);
        }

        var user = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        var kind = result.Succeeded ? AccessEventKind.SignedIn : result.IsLockedOut ? AccessEventKind.LockedOut : AccessEventKind.SignInFailed;
        await audit.RecordNowAsync(kind, user?.Id.ToString());
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }
        // The same words for an unknown address and a wrong password: nobody learns who has an account.
        var error = result.IsLockedOut
            ? "Te veel mislukte pogingen. Uw account is tijdelijk geblokkeerd; probeer het over 15 minuten opnieuw."
            : "Het e-mailadres of wachtwoord klopt niet.";
        return LoginPage.Render(http, antiforgery, returnUrl, error, form.Email, HttpStatusCode.Unauthorized);
    }

    // Only back into this service (the authorize endpoint); never to another site.
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}

public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);
