using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// The whole system (app host, gateway, web frontend) and Debian's Chromium, driven by Playwright;
/// no browser is downloaded.
/// </summary>
public sealed class BrowserFixture : SystemFixture
{
    /// <summary>Debian's chromium package; test.sh installs it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of the main pages are kept as test artefacts.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(TestArtefacts.Directory, "screenshots");

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Web, cancellationToken);
        await base.WaitUntilReadyAsync(cancellationToken);
        _playwright = await Playwright.CreateAsync();
        // Two cores run the whole system beside the browser: give a page more than the default five seconds to answer.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root and on a closed network: no sandbox, and no calls home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser (own cookies) at the gateway's address, at a width people use.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Gateway.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs in on the identity service's page the web frontend sends a person to, and lands on the start page.</summary>
    public async Task<IPage> SignedInPageAsync(string email, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // The address is polled rather than waited on with WaitForURL: that one waits for the start page's load
        // event, which Chromium under a loaded machine once never reported though the page was there (CI, stop 26).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// A planned series of the demo leader on three Tuesdays from <paramref name="weeksAgo"/> weeks ago, so its first session can be
    /// reported; each test takes other weeks, or the leader would be booked twice.
    /// </summary>
    public async Task<Guid> PlannedSeriesOfTheDemoLeaderAsync(int weeksAgo)
    {
        var coordinator = Coordinator;
        var community = (await coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(-7 * weeksAgo - (((int)today.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
        var series = (await Polling.UntilAsync(() => coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
        {
            municipalityCode = "GM0363", communityId = community, audience = "women", languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await coordinator.OkAsync(HttpMethod.Put, $"/api/scheduling/v1/series/{series}/sessions", new
        {
            sessions = Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Select(d => new { startsAt = $"{d}T19:30", endsAt = $"{d}T21:30" }).ToArray(),
        });
        await Polling.UntilAsync(() => coordinator.SendAsync(HttpMethod.Put, $"/api/scheduling/v1/series/{series}/leader", new { leaderId = DemoData.LeaderId }), HttpStatusCode.OK);
        await coordinator.OkAsync(HttpMethod.Post, $"/api/scheduling/v1/series/{series}/planning", null);
        // Monitoring learns of the planned series from scheduling's event.
        using var leader = await SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");
        await Polling.UntilAsync(() => leader.GetAsync($"/api/monitoring/v1/series/{series}/attitudes"), HttpStatusCode.OK);
        return series;
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

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
