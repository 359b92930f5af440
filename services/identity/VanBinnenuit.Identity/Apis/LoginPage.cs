using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace VanBinnenuit.Identity.Apis;

/// <summary>Renders the sign-in form; every value is HTML-encoded.</summary>
internal static class LoginPage
{
    public static IResult Render(HttpContext http, IAntiforgery antiforgery, string returnUrl, string? error, string? email,
        HttpStatusCode status = HttpStatusCode.OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var e = HtmlEncoder.Default;
        var message = error is null
            ? ""
            : $"""<p id="fout" role="alert" class="fout">{e.Encode(error)}</p>""";
        var describedBy = error is null ? "" : """ aria-describedby="fout" aria-invalid="true" """;
        var html = $"""
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Inloggen — Van Binnenuit</title>
            </head>
            <body>
            <main>
            <h1>Inloggen bij Van Binnenuit</h1>
            {message}
            <form method="post" action="{AccountApi.LoginPath}">
            <input type="hidden" name="{e.Encode(tokens.FormFieldName)}" value="{e.Encode(tokens.RequestToken ?? "")}">
            <input type="hidden" name="returnUrl" value="{e.Encode(returnUrl)}">
            <p><label for="email">E-mailadres</label><br>
            <input id="email" name="email" type="email" autocomplete="username" required value="{e.Encode(email ?? "")}"{describedBy}></p>
            <p><label for="password">Wachtwoord</label><br>
            <input id="password" name="password" type="password" autocomplete="current-password" required{describedBy}></p>
            <p><button type="submit">Inloggen</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
