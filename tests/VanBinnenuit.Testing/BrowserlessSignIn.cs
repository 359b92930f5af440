using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>
/// What a browser and the web frontend do in the code flow with PKCE, step by step, without a
/// browser. <paramref name="browser"/> must keep cookies and must not follow redirects.
/// </summary>
public sealed partial class BrowserlessSignIn(HttpClient browser, string clientId, string clientSecret, string redirectUri)
{
    public const string LoginPath = "/account/login";

    /// <summary>The scopes asked for; the web asks for <c>email</c> too.</summary>
    public string Scope { get; init; } = "openid profile api offline_access";

    public string Verifier { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string AuthorizeUrl(bool withPkce = true)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = Scope,
            ["state"] = "s1",
        };
        if (withPkce)
        {
            query["code_challenge"] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
            query["code_challenge_method"] = "S256";
        }
        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Follows authorize → sign-in page → authorize; returns the last answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var toLogin = await browser.GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginResponse = await PostLoginAsync(toLogin.Headers.Location!.OriginalString, email, password);
        if (loginResponse.StatusCode != HttpStatusCode.Redirect)
        {
            return loginResponse;
        }
        return await browser.GetAsync(loginResponse.Headers.Location!.OriginalString);
    }

    public async Task<HttpResponseMessage> PostLoginAsync(string loginUrl, string email, string password)
    {
        var page = await browser.GetStringAsync(loginUrl);
        return await browser.PostAsync(LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value),
        }));
    }

    public string CodeFrom(HttpResponseMessage redirectToClient)
    {
        var location = redirectToClient.Headers.Location!;
        Assert.StartsWith(redirectUri, location.OriginalString);
        return QueryHelpers.ParseQuery(location.Query)["code"].ToString();
    }

    /// <summary>The web frontend's half: the code and the verifier for tokens.</summary>
    public Task<HttpResponseMessage> RedeemAsync(HttpClient tokenClient, string code, string? verifier = null) =>
        tokenClient.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier ?? Verifier,
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));

    /// <summary>Signs in and returns the access token.</summary>
    public async Task<string> AccessTokenAsync(HttpClient tokenClient, string email, string password)
    {
        using var response = await RedeemAsync(tokenClient, CodeFrom(await SignInAsync(email, password)));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
