using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SessionTests(BrowserFixture system)
{
    [Fact]
    public async Task Signing_out_ends_the_session_so_the_next_visit_asks_for_the_password_again()
    {
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent afgemeld" })).ToBeVisibleAsync();

        await page.GotoAsync("/adviesaanvragen");
        await Expect(page.GetByLabel("Wachtwoord")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_fit_320_pixels_work_by_keyboard_and_run_no_script_the_CSP_forbids()
    {
        var violations = new List<string>();
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl", width: 320);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        foreach (var path in new[] { "/", "/adviesaanvragen", "/adviesaanvragen/nieuw" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than 320 px.");
            Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await page.Locator("main").CountAsync());
            Assert.Equal(1, await page.Locator("h1").CountAsync());
        }
        await Browsers.ScreenshotAsync(page, "adviseur-320px");

        // The first Tab reaches the skip link, which moves to the main content.
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Naar de inhoud");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#inhoud", page.Url);
        Assert.Empty(violations);
    }
}
