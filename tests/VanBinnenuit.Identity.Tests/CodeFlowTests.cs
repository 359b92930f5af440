using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class CodeFlowTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Password = "Een-lang-wachtwoord-2026";
    private IdentityFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await IdentityFactory.OnFreshDatabaseAsync(infrastructure, "identity_code");
        _factory.CreateClient();
        await _factory.AddWebClientAsync();
        await _factory.AddUserAsync("ambtenaar@amsterdam.example", Password, Roles.MunicipalOfficer, municipality: "GM0363");
        await _factory.AddUserAsync("leider@example.org", Password, Roles.Leader, leaderId: "L-0042");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private HttpClient Browser() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private BrowserlessSignIn NewSignIn() =>
        new(Browser(), IdentityFactory.WebClientId, IdentityFactory.WebSecret, IdentityFactory.WebRedirect);

    private Task<HttpResponseMessage> TokenAsync(Dictionary<string, string> form)
    {
        form["client_id"] = IdentityFactory.WebClientId;
        form["client_secret"] = IdentityFactory.WebSecret;
        return _factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task A_signed_in_officer_gets_a_token_bound_to_their_municipality_and_can_refresh_it()
    {
        var browser = NewSignIn();
        var code = browser.CodeFrom(await browser.SignInAsync("ambtenaar@amsterdam.example", Password));

        var response = await browser.RedeemAsync(_factory.CreateClient(), code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        var access = new JwtSecurityTokenHandler().ReadJwtToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(Roles.MunicipalOfficer, access.Claims.Single(c => c.Type == "role").Value);
        Assert.Equal("GM0363", access.Claims.Single(c => c.Type == BindingClaims.Municipality).Value);

        var refreshed = await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_identity_token_carries_the_e_mail_address_only_when_asked_and_the_access_token_never(bool askForEmail)
    {
        var browser = new BrowserlessSignIn(Browser(), IdentityFactory.WebClientId, IdentityFactory.WebSecret, IdentityFactory.WebRedirect)
        {
            Scope = askForEmail ? "openid profile email api offline_access" : "openid profile api offline_access",
        };
        var code = browser.CodeFrom(await browser.SignInAsync("ambtenaar@amsterdam.example", Password));
        var tokens = await (await browser.RedeemAsync(_factory.CreateClient(), code)).Content.ReadFromJsonAsync<JsonElement>();
        var handler = new JwtSecurityTokenHandler();
        var identity = handler.ReadJwtToken(tokens.GetProperty("id_token").GetString());
        var access = handler.ReadJwtToken(tokens.GetProperty("access_token").GetString());

        Assert.Equal(askForEmail ? ["ambtenaar@amsterdam.example"] : [], identity.Claims.Where(c => c.Type == "email").Select(c => c.Value));
        Assert.DoesNotContain(access.Claims, c => c.Type == "email" || c.Value.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_leader_token_carries_the_leader_binding()
    {
        var browser = NewSignIn();
        var code = browser.CodeFrom(await browser.SignInAsync("leider@example.org", Password));
        var response = await browser.RedeemAsync(_factory.CreateClient(), code);
        var access = new JwtSecurityTokenHandler().ReadJwtToken((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        Assert.Equal("L-0042", access.Claims.Single(c => c.Type == BindingClaims.Leader).Value);
        Assert.DoesNotContain(access.Claims, c => c.Type == BindingClaims.Municipality);
    }

    [Fact]
    public async Task A_code_without_the_right_verifier_gets_no_token()
    {
        var browser = NewSignIn();
        var code = browser.CodeFrom(await browser.SignInAsync("ambtenaar@amsterdam.example", Password));
        var response = await browser.RedeemAsync(_factory.CreateClient(), code, verifier: NewSignIn().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused()
    {
        var response = await Browser().GetAsync(NewSignIn().AuthorizeUrl(withPkce: false));
        var refused = response.StatusCode == HttpStatusCode.BadRequest
            || response.Headers.Location?.Query.Contains("error=invalid_request") == true;
        Assert.True(refused, $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var browser = NewSignIn();
        var loginUrl = $"{BrowserlessSignIn.LoginPath}?returnUrl=%2F";
        var unknown = await browser.PostLoginAsync(loginUrl, "niemand@example.org", "wat-dan-ook-123");
        var wrong = await browser.PostLoginAsync(loginUrl, "ambtenaar@amsterdam.example", "wat-dan-ook-123");
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Contains("Het e-mailadres of wachtwoord klopt niet.", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("Het e-mailadres of wachtwoord klopt niet.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sign_in_page_never_sends_a_person_to_another_site()
    {
        var browser = NewSignIn();
        var response = await browser.PostLoginAsync($"{BrowserlessSignIn.LoginPath}?returnUrl={Uri.EscapeDataString("https://evil.example/")}",
            "ambtenaar@amsterdam.example", Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
