using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Apis;

/// <summary>The sign-in page: plain, accessible HTML in Dutch, with anti-forgery and a throttle instead of a lockout.</summary>
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
        HttpContext http, IAntiforgery antiforgery, SignInManager<AccountUser> signIn, SignInThrottle throttle, AccessAudit audit, [FromForm] LoginForm form)
    {
        var returnUrl = SafeReturnUrl(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            return LoginPage.Render(http, antiforgery, returnUrl, "Vul uw e-mailadres en wachtwoord in.", form.Email, HttpStatusCode.BadRequest);
        }

        // Asked before anything is looked up, and by the address typed: the same for one with and one without an account.
        var client = http.Connection.RemoteIpAddress;
        if (throttle.WaitFor(form.Email, client) is { TotalSeconds: > 0 } wait)
        {
            await audit.RecordNowAsync(AccessEventKind.SignInThrottled, null);
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return LoginPage.Render(http, antiforgery, returnUrl,
                $"Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.", form.Email, HttpStatusCode.TooManyRequests);
        }

        var user = await signIn.UserManager.FindByEmailAsync(form.Email.Trim());
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null)
        {
            // As long as checking a real password: the answer's timing tells nobody whether the address has an account.
            VerifyDummy(signIn.UserManager.PasswordHasher, form.Password);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            // No lockout on failures: a stranger typing wrong passwords must not shut the leader out.
            result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: false);
        }
        if (result.Succeeded)
        {
            throttle.Succeeded(form.Email);
            await audit.RecordNowAsync(AccessEventKind.SignedIn, user!.Id.ToString());
            return Results.LocalRedirect(returnUrl);
        }
        throttle.Failed(form.Email, client);
        await audit.RecordNowAsync(AccessEventKind.SignInFailed, user?.Id.ToString());
        // The same words for an unknown address, a wrong password and an account that may not sign in.
        return LoginPage.Render(http, antiforgery, returnUrl, "Het e-mailadres of wachtwoord klopt niet.", form.Email, HttpStatusCode.Unauthorized);
    }

    private static string? _dummyHash;

    private static void VerifyDummy(IPasswordHasher<AccountUser> hasher, string password)
    {
        var dummy = new AccountUser { DisplayName = "", Role = "" };
        _dummyHash ??= hasher.HashPassword(dummy, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }

    // Only back into this service (the authorize endpoint); never to another site.
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}

public sealed record LoginForm(string? Email, string? Password, string? ReturnUrl);
