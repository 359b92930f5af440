using System.Globalization;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// What a coordinator sees after ./run.sh: the results, planning, advice requests and knowledge meetings
/// with the demo programme in them, kept as screenshots beside the browser tests' own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoProgrammePageTests(BrowserFixture system)
{
    [Fact]
    public async Task The_coordinator_s_pages_show_the_programme_in_full_swing()
    {
        Assert.True(system.ExitCode == 0, $"The demo loader ended with {system.ExitCode}:{Environment.NewLine}{system.Log}");
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");

        await Browsers.MenuAsync(page, "Resultaten");
        var people = page.Locator("ul.figures li", new() { HasText = "mensen bereikt" }).Locator("strong");
        await Expect(people).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9.]+$"));
        Assert.True(int.Parse(await people.InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL")) > 1000,
            "The results page shows fewer than a thousand people reached.");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "demo-resultaten");

        await Browsers.MenuAsync(page, "Planning");
        await Expect(page.Locator("table.utrecht-table tbody tr").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("table.utrecht-table tbody tr").CountAsync() >= 10, "The planning page lists fewer than ten series.");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "demo-planning");

        await Browsers.MenuAsync(page, "Adviesaanvragen");
        await Expect(page.GetByText("[Demo-aanvraag", new() { Exact = false }).First).ToBeVisibleAsync();
        await Browsers.ScreenshotAsync(page, "demo-adviesaanvragen");

        await Browsers.MenuAsync(page, "Kennisbijeenkomsten");
        await Expect(page.GetByText("Kennismiddag (demo)", new() { Exact = false }).First).ToBeVisibleAsync();
        await Browsers.ScreenshotAsync(page, "demo-kennisbijeenkomsten");
    }
}
