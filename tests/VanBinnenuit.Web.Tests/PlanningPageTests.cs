using System.Globalization;
using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// Planning that reads at a glance, with the demo programme in it: the list in words and sortable by them,
/// the month calendar of the programme, a leader's own calendar and the week on the start page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanningPageTests(BrowserFixture system)
{
    [Fact]
    public async Task The_planning_list_shows_names_and_dates_and_sorts_and_filters_by_what_it_shows()
    {
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Planning");
        var rows = page.Locator("table.utrecht-table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        // Names, not "gekozen": a series with a leader names them (a draft without one says so).
        Assert.All(await rows.Locator("td:nth-child(6)").AllInnerTextsAsync(), name => Assert.NotEqual("gekozen", name));
        Assert.DoesNotContain("reeks", await rows.Locator("td:nth-child(1)").AllInnerTextsAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Gespreksleider" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=ascending]")).ToHaveTextAsync("Gespreksleider ▲");
        var leaders = await rows.Locator("td:nth-child(6)").AllInnerTextsAsync();
        Assert.All(leaders, name => Assert.False(string.IsNullOrWhiteSpace(name) || name == "nog niet gekozen", $"'{name}' is not a leader's name."));
        await page.GetByRole(AriaRole.Link, new() { Name = "Gespreksleider" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=descending]")).ToHaveTextAsync("Gespreksleider ▼");

        await page.GetByLabel("Doelgroep").SelectOptionAsync(new SelectOptionValue { Label = "jongeren" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=descending]")).ToHaveTextAsync("Gespreksleider ▼");
        var audiences = await rows.Locator("td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(audiences);
        Assert.All(audiences, audience => Assert.Equal("jongeren", audience));
        // Three dates, the year once: "2 mrt, 9 mrt, 16 mrt 2027".
        Assert.Matches(@"^\d{1,2} \p{L}+\.?, \d{1,2} \p{L}+\.?, \d{1,2} \p{L}+\.? \d{4}$", await rows.Locator("td:nth-child(5)").First.InnerTextAsync());
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task The_month_calendar_shows_the_programmes_sessions_by_day_and_turns_to_the_next_month()
    {
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync("/bijeenkomsten/kalender?maand=2027-03");
        await Expect(page.Locator("table.month-calendar caption")).ToHaveTextAsync("maart 2027");
        var all = await page.Locator("table.month-calendar li").CountAsync();
        Assert.True(all >= 10, $"March 2027 shows {all} sessions.");
        await Expect(page.Locator("p[role=status]")).ToContainTextAsync("in maart 2027");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        await page.GetByLabel("Provincie").SelectOptionAsync(new SelectOptionValue { Label = "Noord-Holland" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Expect(page.Locator("table.month-calendar caption")).ToHaveTextAsync("maart 2027");
        Assert.True(await page.Locator("table.month-calendar li").CountAsync() < all, "Noord-Holland alone shows as many sessions as the whole country.");

        await page.GetByRole(AriaRole.Link, new() { Name = "april 2027 →" }).ClickAsync();
        await Expect(page.Locator("table.month-calendar caption")).ToHaveTextAsync("april 2027");
        Assert.Contains("provincie=PV27", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_finds_their_own_sessions_on_their_calendar_and_the_coming_week_on_the_start_page()
    {
        await system.PlannedSeriesOfTheDemoLeaderAsync(weeksAgo: 20);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(-7 * 20 - (((int)today.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
        var page = await system.SignedInPageAsync("gespreksleider@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Mijn kalender");
        await page.GotoAsync($"/mijn-bijeenkomsten/kalender?maand={first:yyyy-MM}");
        await Expect(page.Locator("table.month-calendar caption")).ToHaveTextAsync(first.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")));
        await Expect(page.Locator("table.month-calendar li", new() { HasText = "19:30 Syrisch, Amsterdam" }).First).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        // The coordinator's start page has the coming week's sessions of the whole programme.
        var coordinator = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Bijeenkomsten deze week" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Naar de kalender" })).ToHaveAttributeAsync("href", "/bijeenkomsten/kalender");
    }

    [Fact]
    public async Task Start_pages_say_what_needs_doing_and_lead_to_it()
    {
        // The coordinator: the demo's series that found no free leader are drafts without one.
        var coordinator = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        var waiting = coordinator.Locator("ul.to-do a", new() { HasText = "nog geen gespreksleider" });
        await waiting.ClickAsync();
        await Expect(coordinator.GetByLabel("Stand")).ToHaveValueAsync("draft");
        Assert.All(await coordinator.Locator("table.utrecht-table tbody tr td:nth-child(7)").AllInnerTextsAsync(), status => Assert.Equal("in voorbereiding", status));

        // A leader whose three sessions of the last weeks have no report yet is asked for each, and led to the form.
        var series = await system.PlannedSeriesOfTheDemoLeaderAsync(weeksAgo: 3);
        var leader = await system.SignedInPageAsync("gespreksleider@demo.vanbinnenuit.nl");
        var reports = leader.Locator($"ul.to-do a[href^='/mijn-bijeenkomsten/{series}/verslag/']");
        await Expect(reports).ToHaveCountAsync(3);
        await reports.First.ClickAsync();
        Assert.EndsWith($"/mijn-bijeenkomsten/{series}/verslag/1", leader.Url, StringComparison.Ordinal);

        // An officer sees their own municipality's requests by status.
        var officer = await system.SignedInPageAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Wat op u wacht" })).ToBeVisibleAsync();
        await Expect(officer.GetByRole(AriaRole.Heading, new() { Name = "Bijeenkomsten in uw gemeente deze week" })).ToBeVisibleAsync();
    }
}
