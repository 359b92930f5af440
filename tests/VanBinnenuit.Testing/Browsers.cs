using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace VanBinnenuit.Testing;

/// <summary>Debian's Chromium driven by Playwright (no browser is downloaded), as the browser tests and the demo's pages use it.</summary>
public static class Browsers
{
    /// <summary>Debian's chromium package; test.sh installs it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where screenshots of the main pages are kept as test artefacts.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(TestArtefacts.Directory, "screenshots");

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Two cores run the whole system beside the browser: give a page more than the default five seconds to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(ScreenshotDirectory);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root and on a closed network: no sandbox, and no calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser (own cookies) at the gateway's address, at a width people use.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri gateway, int width = 1280)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the identity service's page the web frontend sends a person to, and lands on the start page.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri gateway, string email, int width = 1280)
    {
        var page = await NewPageAsync(browser, gateway, width);
        await page.GotoAsync("/");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(SystemFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // The address is polled rather than waited on with WaitForURL: that one waits for the start page's load
        // event, which Chromium under a loaded machine once never reported though the page was there (CI, stop 26).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Follows a link of the main menu, as a person does: every page is one click from it.</summary>
    public static Task MenuAsync(IPage page, string item) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();

    /// <summary>Axe's serious and critical violations on the page as it is now, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
}
