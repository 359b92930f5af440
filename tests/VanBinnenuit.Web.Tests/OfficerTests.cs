using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class OfficerTests(BrowserFixture system)
{
    private const string Amsterdam = "ambtenaar.amsterdam@demo.vanbinnenuit.nl";
    private const string Rotterdam = "ambtenaar.rotterdam@demo.vanbinnenuit.nl";

    [Fact]
    public async Task An_officer_submits_an_advice_request_sees_Dutch_errors_first_and_then_follows_it()
    {
        var page = await system.SignedInPageAsync(Amsterdam);
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "gemeente-start");

        await Browsers.MenuAsync(page, "Advies aanvragen");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Advies aanvragen", Level = 1 })).ToBeVisibleAsync();

        // The officer's own name and address are there as a start (from the sign-in); emptied, the form says what is missing.
        await Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync(Amsterdam);
        await Expect(page.GetByLabel("Naam", new() { Exact = true })).Not.ToHaveValueAsync("");
        await page.GetByLabel("E-mailadres").FillAsync("");

        // Nothing filled in: every problem in Dutch, in a summary and at its field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Niet alles is goed ingevuld");
        await Expect(page.Locator("#veld-question-fout")).ToHaveTextAsync("Beschrijf uw vraag.");
        await Expect(page.GetByLabel("Uw vraag")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#veld-contact-email-fout")).ToContainTextAsync("e-mailadres");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "gemeente-aanvraag-fouten");

        var question = $"Hoe betrekken wij zelforganisaties bij ons beleid? ({Guid.NewGuid():N})";
        await page.GetByLabel("Uw vraag").FillAsync(question);
        await page.GetByLabel("Stap 2 van de handreiking").CheckAsync();
        await page.GetByLabel("Advies", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("A. Ambtenaar");
        await page.GetByLabel("E-mailadres").FillAsync("a.ambtenaar@amsterdam.example");
        // Dates are typed day first, whatever the browser's language.
        await page.GetByLabel("Gewenst vanaf").FillAsync("1-9-2027");
        // The communities and organisations on offer are Amsterdam's own, from the registry.
        var community = page.GetByRole(AriaRole.Group, new() { Name = "Met welke gemeenschappen in uw gemeente?" }).GetByRole(AriaRole.Checkbox).First;
        var organisation = page.GetByRole(AriaRole.Group, new() { Name = "Welke organisaties in uw gemeente zijn erbij betrokken?" }).GetByRole(AriaRole.Checkbox).First;
        await community.CheckAsync();
        await organisation.CheckAsync();
        var (communityName, organisationName) = (await page.Locator($"label[for='{await community.GetAttributeAsync("id")}']").InnerTextAsync(),
            await page.Locator($"label[for='{await organisation.GetAttributeAsync("id")}']").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uw aanvraag is ingediend" })).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("1 september 2027");
        await Expect(page.Locator(".facts")).ToContainTextAsync($"{communityName}, {organisationName}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Amsterdam");
        await Expect(page.GetByText(question)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Ingediend" })).ToBeVisibleAsync();

        await page.GetByLabel("Nieuw bericht").FillAsync("Wij kunnen in maart beginnen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bericht versturen" }).ClickAsync();
        await Expect(page.GetByText("Wij kunnen in maart beginnen.")).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "gemeente-aanvraag");

        await Browsers.MenuAsync(page, "Adviesaanvragen");
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Hoe betrekken wij") }).First).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task An_officer_registers_for_a_knowledge_meeting_and_can_cancel()
    {
        var title = $"Kennisbijeenkomst {Guid.NewGuid():N}"[..30];
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await VanBinnenuit.Testing.Polling.UntilAsync(() => System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(system.Coordinator, "/api/scheduling/v1/knowledge-meetings",
            new { title, startsAt = $"{day}T14:00", endsAt = $"{day}T16:00", place = "Utrecht", capacity = 30 }), System.Net.HttpStatusCode.Created);

        var page = await system.SignedInPageAsync(Amsterdam);
        await Browsers.MenuAsync(page, "Kennisbijeenkomsten");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Aanmelden voor {title}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uw aanmelding is verwerkt" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = title })).ToContainTextAsync("U bent aangemeld.");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Afmelden voor {title}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Aanmelden voor {title}" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_cannot_open_another_municipality_s_request_by_editing_the_URL()
    {
        var amsterdam = await system.SignedInPageAsync(Amsterdam);
        await amsterdam.GotoAsync("/adviesaanvragen/nieuw");
        var secret = $"Vertrouwelijke vraag van Amsterdam {Guid.NewGuid():N}";
        await amsterdam.GetByLabel("Uw vraag").FillAsync(secret);
        await amsterdam.GetByLabel("Nog niet begonnen").CheckAsync();
        await amsterdam.GetByLabel("Een kennisbijeenkomst").CheckAsync();
        await amsterdam.GetByLabel("Naam", new() { Exact = true }).FillAsync("A. Ambtenaar");
        await amsterdam.GetByLabel("E-mailadres").FillAsync("a.ambtenaar@amsterdam.example");
        await amsterdam.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Expect(amsterdam).ToHaveURLAsync(new Regex("/adviesaanvragen/[0-9a-f-]{36}"));
        var address = new Uri(amsterdam.Url).PathAndQuery.Split('?')[0];

        var rotterdam = await system.SignedInPageAsync(Rotterdam);
        await rotterdam.GotoAsync(address);
        await Expect(rotterdam.GetByRole(AriaRole.Alert)).ToContainTextAsync("niet (meer) te vinden");
        Assert.DoesNotContain(secret, await rotterdam.ContentAsync());

        await rotterdam.GotoAsync("/adviesaanvragen");
        Assert.DoesNotContain(secret, await rotterdam.ContentAsync());
    }
}
