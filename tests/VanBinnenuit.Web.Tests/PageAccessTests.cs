using System.Net;
using Microsoft.Playwright;
using VanBinnenuit.Vocabulary;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// The web frontend's own access matrix: each role against pages that are not theirs, and a visitor who
/// is not signed in. The services refuse these calls too; the pages must not even be shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessTests(BrowserFixture system)
{
    /// <summary>The role is refused before anything is looked up, so any id will do.</summary>
    private static readonly Guid AnyId = Guid.Parse("01930000-0000-7000-8000-000000000001");

    public static TheoryData<string, string> Refused => new()
    {
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/register" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/beheer/gebruikers" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/mijn-bijeenkomsten" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/bijeenkomsten/agenda" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/mijn-bijeenkomsten/kalender" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/bijeenkomsten/kalender" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/bijeenkomsten/nieuw" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/register/gemeenten/GM0363" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/register/gemeenten/GM0363" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", $"/register/organisaties/{AnyId}" },
        { "gespreksleider@demo.vanbinnenuit.nl", $"/register/organisaties/{AnyId}" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", $"/register/gespreksleiders/{AnyId}" },
        { "gespreksleider@demo.vanbinnenuit.nl", $"/register/gespreksleiders/{DemoData.LeaderId}" },
        { "adviseur@demo.vanbinnenuit.nl", "/register/importeren" },
        { "adviseur@demo.vanbinnenuit.nl", "/register" },
        { "adviseur@demo.vanbinnenuit.nl", "/beheer/clients" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/adviesaanvragen" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/resultaten" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/export/breakdown.csv" },
        { "beheerder@demo.vanbinnenuit.nl", "/adviesaanvragen/nieuw" },
        { "beheerder@demo.vanbinnenuit.nl", "/resultaten" },
        { "coordinator@demo.vanbinnenuit.nl", "/beheer/gebruikers" },
        { "coordinator@demo.vanbinnenuit.nl", "/mijn-beschikbaarheid" },
        { "ambtenaar.amsterdam@demo.vanbinnenuit.nl", "/zoeken?q=amsterdam" },
        { "gespreksleider@demo.vanbinnenuit.nl", "/zoeken?q=amsterdam" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_page_that_is_not_for_the_role_says_so_and_shows_nothing_of_it(string email, string path)
    {
        var page = await system.SignedInPageAsync(email);
        await page.GotoAsync(path);
        Assert.EndsWith("/geen-toegang", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
    }

    [Theory]
    [InlineData("/adviesaanvragen")]
    [InlineData("/resultaten")]
    [InlineData("/export/coverage-gaps.csv")]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page(string path)
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.GetByLabel("Wachtwoord")).ToBeVisibleAsync();
        Assert.StartsWith("/account/", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_form_post_without_the_anti_forgery_token_is_refused()
    {
        var page = await system.SignedInPageAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        // The browser's own cookies, but no token from the form: another site could send exactly this.
        var forged = page.Context.APIRequest.CreateFormData();
        forged.Set("_handler", "nieuwe-adviesaanvraag");
        forged.Set("question", "Vervalst");
        var response = await page.Context.APIRequest.PostAsync("/adviesaanvragen/nieuw", new() { Form = forged });
        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
        var signOut = await page.Context.APIRequest.PostAsync("/afmelden", new() { MaxRedirects = 0 });
        Assert.Equal((int)HttpStatusCode.BadRequest, signOut.Status);
    }
}
