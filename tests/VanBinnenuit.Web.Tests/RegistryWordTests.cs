using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>The register's lists in words: languages, countries, topics, kinds and municipalities by their Dutch names, not codes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryWordTests(BrowserFixture system)
{
    [Fact]
    public async Task The_register_lists_name_languages_countries_topics_kinds_and_municipalities_in_Dutch()
    {
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync("/register/gemeenschappen?naam=Syrisch");
        var syrian = page.Locator("table.utrecht-table tbody tr").First;
        await Expect(syrian.Locator("td").Nth(0)).ToHaveTextAsync("Arabisch, Koerdisch");
        await Expect(syrian.Locator("td").Nth(1)).ToHaveTextAsync("Syrië");

        await page.GotoAsync("/register/organisaties?naam=Kezban");
        var kezban = page.Locator("table.utrecht-table tbody tr").First;
        await Expect(kezban.Locator("td").Nth(0)).ToHaveTextAsync("lid van het consortium");

        await page.GotoAsync("/register/gespreksleiders");
        // Languages, topics and home (the name is the row's header, "Actief" the last column).
        var cells = await page.Locator("table.utrecht-table tbody tr > :is(td:nth-child(2), td:nth-child(3), td:nth-child(4))").AllInnerTextsAsync();
        Assert.NotEmpty(cells);
        // No bare ISO or catalogue code, no CBS code: "ar", "lgbt-acceptance" and "GM0363" read as words.
        Assert.DoesNotContain(cells, cell => System.Text.RegularExpressions.Regex.IsMatch(cell, @"(^|, )([a-z]{2,3}|[a-z]+(-[a-z]+)+|GM\d{4})(,|$)"));
        Assert.Contains(cells, cell => cell.Contains("Nederlands", StringComparison.Ordinal));
    }
}
