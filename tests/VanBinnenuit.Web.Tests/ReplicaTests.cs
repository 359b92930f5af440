using System.Net;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Playwright;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Web.Data;
using VanBinnenuit.Web.Extensions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// A second replica of the web, in-process beside the system's own and sharing its database: a person
/// signed in on one is signed in on the other, and a form one renders is accepted by the other. A replica
/// with a key ring of its own knows neither, which is what this shared database prevents.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplicaTests(BrowserFixture system)
{
    [Fact]
    public async Task A_sign_in_on_one_replica_holds_on_the_other_and_a_form_from_one_posts_to_the_other()
    {
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await page.GotoAsync("/adviesaanvragen");
        var form = await SignOutTokenAsync(page);
        var cookies = await CookiesAsync(page);
        await using var other = await ReplicaAsync(sharedKeyRing: true);
        using var browser = Browser(other, cookies);

        using var list = await browser.GetAsync("/adviesaanvragen");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Afmelden", await list.Content.ReadAsStringAsync());

        // The sign-out form rendered by the system's replica, posted to the other: accepted, the session ends.
        using var signOut = await browser.PostAsync(SignIn.SignOutPath, Form(form));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // Back on the system's replica, the same cookie finds no session: the web asks identity again.
        using var atTheSystem = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = system.Gateway.BaseAddress };
        atTheSystem.DefaultRequestHeaders.Add("Cookie", cookies);
        using var after = await atTheSystem.GetAsync("/adviesaanvragen");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/connect/authorize", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_replica_with_a_key_ring_of_its_own_knows_neither_the_sign_in_nor_the_form()
    {
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await page.GotoAsync("/adviesaanvragen");
        var form = await SignOutTokenAsync(page);
        await using var stranger = await ReplicaAsync(sharedKeyRing: false);
        using var browser = Browser(stranger, await CookiesAsync(page));

        using var list = await browser.GetAsync("/adviesaanvragen");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/connect/authorize", list.Headers.Location!.OriginalString);
        using var signOut = await browser.PostAsync(SignIn.SignOutPath, Form(form));
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
    }

    /// <summary>The web as deployed beside the system's: the same database, issuer and gateway.</summary>
    private async Task<WebApplicationFactory<WebDbContext>> ReplicaAsync(bool sharedKeyRing)
    {
        var database = await system.App.GetConnectionStringAsync(ResourceNames.WebDb);
        var gateway = system.Gateway.BaseAddress!.ToString();
        return new WebApplicationFactory<WebDbContext>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting($"ConnectionStrings:{ResourceNames.WebDb}", database);
            web.UseSetting("Identity:Issuer", gateway);
            web.UseSetting("Web:Gateway", gateway);
            if (!sharedKeyRing)
            {
                web.ConfigureTestServices(services => services.AddDataProtection().UseEphemeralDataProtectionProvider());
            }
        });
    }

    private static async Task<string> CookiesAsync(IPage page) =>
        string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

    private static HttpClient Browser(WebApplicationFactory<WebDbContext> replica, string cookies)
    {
        var client = replica.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookies);
        return client;
    }

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    /// <summary>The anti-forgery token of the sign-out form every signed-in page carries.</summary>
    private static async Task<string> SignOutTokenAsync(IPage page) =>
        await page.Locator($"form[action='{SignIn.SignOutPath}'] input[name='__RequestVerificationToken']").GetAttributeAsync("value")
            ?? throw new InvalidOperationException("The page has no sign-out form.");
}
