using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace VanBinnenuit.Identity.Apis;

/// <summary>Renders the sign-in form; every value is HTML-encoded.</summary>
internal static class LoginPage
{
    /// <summary>
    /// The web frontend's stylesheets (the NL Design System's), which the gateway serves from the same
    /// address as this page; without the web frontend the form is still plain, usable HTML.
    /// </summary>
    private const string Stylesheets = """
        <link rel="stylesheet" href="/lib/thema/theme.css"><link rel="stylesheet" href="/lib/utrecht/index.css">
        <link rel="stylesheet" href="/lib/utrecht/html.css"><link rel="stylesheet" href="/css/site.css">
        """;

    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, string? email,
        HttpStatusCode status = HttpStatusCode.OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var e = HtmlEncoder.Default;
        var message = error is null
            ? ""
            : $"""<p id="fout" role="alert" class="utrecht-form-field-error-message">{e.Encode(error)}</p>""";
        var describedBy = error is null ? "" : """ aria-describedby="fout" aria-invalid="true" """;
        var html = $"""
            <!doctype html>
            <html lang="nl" class="utrecht-html voorbeeld-theme">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Inloggen — Van Binnenuit</title>
            {Stylesheets}
            </head>
            <body class="utrecht-document">
            <main class="site-main">
            <h1>Inloggen bij Van Binnenuit</h1>
            {message}
            <form method="post" action="{AccountApi.LoginPath}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <p><label for="email">E-mailadres</label><br>
            <input id="email" name="email" type="email" autocomplete="username" required value="{e.Encode(email ?? "")}"{describedBy} class="utrecht-textbox utrecht-textbox--html-input"></p>
            <p><label for="password">Wachtwoord</label><br>
            <input id="password" name="password" type="password" autocomplete="current-password" required{describedBy} class="utrecht-textbox utrecht-textbox--html-input"></p>
            <p><button type="submit" class="utrecht-button utrecht-button--primary-action">Inloggen</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
