using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>One search box for coordinators and advisors, over the register, the planning and the advice requests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture system)
{
    [Fact]
    public async Task A_coordinator_searches_from_the_header_by_keyboard_and_finds_a_community_its_series_and_a_request_by_a_word_of_its_question()
    {
        var word = $"zoekproef{Guid.NewGuid():N}"[..16];
        using (var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl"))
        {
            await Polling.UntilAsync(() => officer.PostAsJsonAsync("/api/advice-requests/v1/advice-requests", new
            {
                municipalityCode = "GM0363", approachStep = 1, question = $"Hoe bereiken wij de {word}-vrouwen?", hopes = new[] { "advice" },
                contact = new { name = "E. de Vries", email = "e.devries@amsterdam.example" },
            }), HttpStatusCode.Created);
        }
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        var box = page.GetByRole(AriaRole.Search, new() { Name = "Snel zoeken" }).GetByRole(AriaRole.Searchbox);
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("syrisch");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/zoeken\?q=syrisch$"));
        var communities = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Gemeenschappen") });
        await Expect(communities.GetByRole(AriaRole.Link, new() { Name = "Syrisch", Exact = true })).ToBeVisibleAsync();
        var series = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Reeksen bijeenkomsten") });
        await Expect(series.GetByRole(AriaRole.Link).First).ToContainTextAsync("Syrisch in ");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "coordinator-zoeken");

        // Past the first five, the whole list, filtered the same way.
        var more = series.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Alle \\d+ reeksen bijeenkomsten tonen$") });
        if (await more.CountAsync() > 0)
        {
            await more.ClickAsync();
            await Expect(page.GetByLabel("Naam bevat")).ToHaveValueAsync("syrisch");
            await page.GoBackAsync();
        }

        await page.GetByLabel("Zoek een gemeenschap", new() { Exact = false }).FillAsync(word);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var requests = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Adviesaanvragen") });
        await Expect(requests.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Adviesaanvragen (1)");
        await requests.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adviesaanvraag van Amsterdam");
    }

    [Fact]
    public async Task An_advisor_searches_on_a_phone_and_an_officer_has_no_search()
    {
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl", width: 320);
        await page.GotoAsync("/zoeken?q=amsterdam");
        var municipalities = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Gemeenten") });
        await Expect(municipalities.GetByRole(AriaRole.Link, new() { Name = "Amsterdam", Exact = true })).ToHaveAttributeAsync("href", "/register/gemeenten/GM0363");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        // The register's lists are the coordinator's: an advisor is offered no link into them.
        Assert.Equal(0, await page.Locator("a[href^='/register/gemeenschappen']").CountAsync());

        var officer = await system.SignedInPageAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        Assert.Equal(0, await officer.GetByRole(AriaRole.Search).CountAsync());
    }
}
