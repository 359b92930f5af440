using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace VanBinnenuit.Identity.Tests;

/// <summary>What a browser and the web frontend do in the code flow with PKCE, step by step, without a browser.</summary>
internal sealed partial class BrowserlessSignIn(HttpClient client)
{
    public string Verifier { get; } = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string AuthorizeUrl(bool withPkce = true)
    {
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = IdentityFactory.WebClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = IdentityFactory.WebRedirect,
            ["scope"] = "openid profile api offline_access",
            ["state"] = "s1",
        };
        if (withPkce)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = "S256";
        }
        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Follows authorize → sign-in page → authorize; returns the last answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var toLogin = await client.GetAsync(AuthorizeUrl());
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginResponse = await PostLoginAsync(toLogin.Headers.Location!.OriginalString, email, password);
        if (loginResponse.StatusCode != HttpStatusCode.Redirect)
        {
            return loginResponse;
        }
        return await client.GetAsync(loginResponse.Headers.Location!.OriginalString);
    }

    public async Task<HttpResponseMessage> PostLoginAsync(string loginUrl, string email, string password)
    {
        var page = await client.GetStringAsync(loginUrl);
        var returnUrl = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        return await client.PostAsync(Apis.AccountApi.LoginPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }

    public static string CodeFrom(HttpResponseMessage redirectToClient)
    {
        var location = redirectToClient.Headers.Location!;
        Assert.StartsWith(IdentityFactory.WebRedirect, location.OriginalString);
        return QueryHelpers.ParseQuery(location.Query)["code"].ToString();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
