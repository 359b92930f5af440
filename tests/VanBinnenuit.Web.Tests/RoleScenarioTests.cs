using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>One scenario per role through the real app host: sign in, do the main task, see the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleScenarioTests(BrowserFixture system)
{
    [Fact]
    public async Task An_advisor_takes_a_request_records_advice_from_the_knowledge_base_and_gives_it()
    {
        var question = $"Hoe bereiken wij Eritrese vrouwen? ({Guid.NewGuid():N})";
        using var officer = await system.SignedInClientAsync("ambtenaar.rotterdam@demo.vanbinnenuit.nl");
        await Polling.UntilAsync(() => officer.PostAsJsonAsync("/api/advice-requests/v1/advice-requests", new
        {
            municipalityCode = "GM0599", approachStep = 1, question, hopes = new[] { "advice" },
            contact = new { name = "R. Ambtenaar", email = "r.ambtenaar@rotterdam.example" },
        }), HttpStatusCode.Created);

        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Werkvoorraad");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(question[..30])) }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rotterdam");

        foreach (var step in new[] { "Beoordelen", "Toewijzen", "In behandeling nemen" })
        {
            await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = step });
            await page.GetByRole(AriaRole.Button, new() { Name = "Stap uitvoeren" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De stap is uitgevoerd" })).ToBeVisibleAsync();
        }

        await page.GetByLabel("Advies", new() { Exact = true }).FillAsync("Begin met een verkennend gesprek met de zelforganisatie.");
        await page.GetByLabel(new Regex("^Valkuil 1:")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het advies is opgeslagen" })).ToBeVisibleAsync();

        await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Advies geven" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap uitvoeren" }).ClickAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("Advies gegeven");
        await Browsers.ScreenshotAsync(page, "adviseur-aanvraag-behandeld");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Geschiedenis" });
        await Expect(history).ToContainTextAsync("Advies vastgelegd");
        await Expect(history).ToContainTextAsync("In behandeling nemen");
        // People by the names identity announced: the advisor is "u" with their name, the officer who submitted by name.
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Beoordelen" })).ToContainTextAsync("u (Yusuf Demir)");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ingediend" })).ToContainTextAsync("Mehmet Kaya");
        Assert.DoesNotContain(VanBinnenuit.Vocabulary.DemoData.AdvisorAccountId, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        // The municipality hoped for meetings as well: the request becomes a series request for scheduling.
        await page.GetByLabel("Gemeenschap").SelectOptionAsync(new SelectOptionValue { Label = "Eritrees" });
        await page.GetByLabel("Doelgroep").SelectOptionAsync(new SelectOptionValue { Label = "vrouwen" });
        await page.Locator("#veld-languages").FillAsync("Tigrinya");
        // The request's own topics come ticked, by their Dutch names, and the advisor adds one.
        await page.GetByLabel("Acceptatie van lhbti+-personen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reeks aanvragen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De reeks is aangevraagd" })).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("Reeks bijeenkomsten");
        Assert.DoesNotContain("lgbt-acceptance", await page.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);

        // The municipality sees who handles its request.
        var officerPage = await system.SignedInPageAsync("ambtenaar.rotterdam@demo.vanbinnenuit.nl");
        await officerPage.GotoAsync(page.Url);
        await Expect(officerPage.Locator(".facts")).ToContainTextAsync("Yusuf Demir");
        await Expect(officerPage.GetByRole(AriaRole.Table, new() { Name = "Geschiedenis" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Ingediend" }))
            .ToContainTextAsync("u (Mehmet Kaya)");
    }

    [Fact]
    public async Task An_advisor_enters_a_request_for_a_municipality_chosen_first_and_ticks_its_own_communities()
    {
        var page = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Aanvraag invoeren");
        await page.GetByLabel("Gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Rotterdam" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Expect(page.Locator("#veld-municipalityCode")).ToContainTextAsync("Namens gemeente Rotterdam");
        var communities = page.GetByRole(AriaRole.Group, new() { Name = "Met welke gemeenschappen in Rotterdam?" });
        await Expect(communities.GetByRole(AriaRole.Checkbox).First).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        var community = communities.GetByRole(AriaRole.Checkbox).First;
        await community.CheckAsync();
        var communityName = await page.Locator($"label[for='{await community.GetAttributeAsync("id")}']").InnerTextAsync();

        await page.GetByLabel("Uw vraag").FillAsync($"Telefonisch gesteld: hoe starten wij? ({Guid.NewGuid():N})");
        await page.GetByLabel("Nog niet begonnen").CheckAsync();
        await page.GetByLabel("Advies", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("M. Kaya");
        await page.GetByLabel("E-mailadres").FillAsync("m.kaya@rotterdam.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adviesaanvraag van Rotterdam");
        await Expect(page.Locator(".facts")).ToContainTextAsync(communityName);
        await Expect(page.Locator(".facts")).ToContainTextAsync("ingevoerd door de alliantie");
    }

    [Fact]
    public async Task A_coordinator_assigns_a_request_to_an_advisor_chosen_by_name()
    {
        var question = $"Wie helpt ons met de Somalische gemeenschap? ({Guid.NewGuid():N})";
        using var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        var id = (await Polling.UntilAsync(() => officer.PostAsJsonAsync("/api/advice-requests/v1/advice-requests", new
        {
            municipalityCode = "GM0363", approachStep = 1, question, hopes = new[] { "advice" },
            contact = new { name = "E. de Vries", email = "e.devries@amsterdam.example" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync($"/adviesaanvragen/{id}");
        await Expect(page.Locator(".facts")).ToContainTextAsync("nog niet toegewezen");
        await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Beoordelen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap uitvoeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De stap is uitgevoerd" })).ToBeVisibleAsync();
        await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Toewijzen" });
        await page.GetByLabel(new Regex("^Adviseur")).SelectOptionAsync(new SelectOptionValue { Label = "Yusuf Demir" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stap uitvoeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De stap is uitgevoerd" })).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("Yusuf Demir");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Geschiedenis" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Toewijzen" }))
            .ToContainTextAsync("u (Sanne Bakker)");
        // The request is now the advisor's.
        using var advisor = await system.SignedInClientAsync("adviseur@demo.vanbinnenuit.nl");
        var mine = await advisor.GetFromJsonAsync<JsonElement>("/api/advice-requests/v1/advice-requests?assignedTo=me&pageSize=100&status=assigned");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task A_coordinator_reads_the_dashboard_with_a_table_beside_each_chart_and_downloads_the_CSV()
    {
        // A reported session, so there is something to chart.
        var series = await system.PlannedSeriesOfTheDemoLeaderAsync(weeksAgo: 11);
        using (var leader = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl"))
        {
            await Polling.UntilAsync(() => leader.SendAsync(HttpMethod.Put, $"/api/monitoring/v1/series/{series}/sessions/1/report", new
            {
                attendance = 14, byGender = new { women = 14 }, byAge = new { from30To49 = 14 }, languages = new[] { "ar" }, safety = 4,
            }, ifMatch: null), HttpStatusCode.Created);
        }
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Resultaten");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kerncijfers", Exact = false })).ToBeVisibleAsync();
        await Expect(page.GetByText("van het doel van 700")).ToBeVisibleAsync();

        // Every chart is an image with a name, followed by a table of the same figures.
        var charts = page.Locator("figure.chart svg[role=img]");
        Assert.True(await charts.CountAsync() >= 3, "progress, completion and provinces are charted");
        foreach (var chart in await charts.AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await chart.GetAttributeAsync("aria-labelledby")));
        }
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Afronding en terugkeer" })).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "coordinator-resultaten");

        // The page says figures about people are adjusted, and shows the same protected figure as the API and the CSV.
        await Expect(page.GetByText("licht aangepast, zodat niemand herkenbaar is", new() { Exact = false })).ToBeVisibleAsync();
        using (var coordinator = await system.SignedInClientAsync("coordinator@demo.vanbinnenuit.nl"))
        {
            var overview = await coordinator.GetFromJsonAsync<JsonElement>("/api/monitoring/v1/indicators/overview?period=programme");
            var people = overview.GetProperty("peopleReached");
            var shown = people.ValueKind == JsonValueKind.Null ? "minder dan 5" : people.GetInt64().ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
            await Expect(page.Locator("ul.figures li", new() { HasText = "mensen bereikt" }).Locator("strong")).ToHaveTextAsync(shown);
            var perProvince = await coordinator.GetFromJsonAsync<JsonElement>("/api/monitoring/v1/indicators/breakdown?by=province&per=quarter&period=programme");
            var total = perProvince.GetProperty("peopleReachedTotal");
            var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download per provincie en kwartaal (CSV)" }).ClickAsync());
            var provinces = await File.ReadAllTextAsync((await csvDownload.PathAsync())!);
            Assert.Contains($",Totaal,Totaal,{perProvince.GetProperty("sessionsHeldTotal").GetInt32()},{(total.ValueKind == JsonValueKind.Null ? "<5" : total.ToString())}", provinces);
        }

        await page.GotoAsync("/resultaten/dekking");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download de dekking (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Gemeentecode", csv.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task A_coordinator_plans_a_series_with_the_leader_proposals_and_their_reasons()
    {
        var coordinator = system.Coordinator;
        var community = (await coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var series = (await Polling.UntilAsync(() => coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
        {
            municipalityCode = "GM0363", communityId = community, audience = "women", languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync($"/bijeenkomsten/{series}");
        // Words, not codes: the registry's Dutch names of the language and the topic.
        await Expect(page.Locator(".facts")).ToContainTextAsync("Arabisch");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Acceptatie van lhbti+-personen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gespreksleiders voorstellen" }).ClickAsync();
        var first = page.Locator("ol.proposals > li").First;
        await Expect(first).ToContainTextAsync("Taal:");
        await Expect(first).ToContainTextAsync("Gemeenschap:");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "coordinator-voorstellen");

        await first.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gespreksleider is gekozen" })).ToBeVisibleAsync();
        await Expect(page.Locator(".facts")).Not.ToContainTextAsync("nog niet gekozen");
    }

    [Fact]
    public async Task A_coordinator_adds_a_community_to_the_register_finds_it_and_takes_it_out_of_use()
    {
        var name = $"Ethiopisch {Guid.NewGuid():N}"[..20];
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Register");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        // Countries, languages and municipalities by their Dutch names (a code is understood too).
        await page.Locator("#veld-originCountries").FillAsync("Ethiopië");
        await page.GetByLabel("Landen van herkomst 2").FillAsync("Atlantis");
        await page.Locator("#veld-languages").FillAsync("Amhaars");
        await page.Locator("#veld-presence").FillAsync("Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gemeenschap toevoegen" }).ClickAsync();
        // Atlantis is no country: said in Dutch, at the field, with what was typed kept.
        await Expect(page.Locator("#veld-originCountries-fout")).ToContainTextAsync("'Atlantis' staat niet in de lijst");
        await Expect(page.Locator("#veld-languages")).ToHaveValueAsync("Amhaars");

        await page.GetByLabel("Landen van herkomst 2").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gemeenschap toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gemeenschap is toegevoegd" })).ToBeVisibleAsync();

        await page.GetByLabel("Naam bevat").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = name })).ToBeVisibleAsync();
        await page.GetByLabel("Wijziging").SelectOptionAsync(new SelectOptionValue { Label = "Niet meer actief" });
        await page.GetByLabel("Reden").FillAsync("Samengevoegd met een andere gemeenschap.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De wijziging is opgeslagen" })).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
    }

    [Fact]
    public async Task A_coordinator_checks_a_CSV_of_organisations_sees_each_problem_by_row_and_column_then_imports_it()
    {
        var name = $"Stichting Import {Guid.NewGuid():N}"[..28];
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync("/register/importeren");
        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "organisaties.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"name;kind;municipalities\n{name};migrant-self-organisation;GM0363\nZonder soort;;GM0363\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Fouten per rij en kolom" });
        // Row 3 (the header is row 1) has no kind: said in Dutch, at its row and column.
        await Expect(problems.GetByRole(AriaRole.Row, new() { Name = "3 kind Kies een van de aangeboden waarden." })).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "organisaties.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"name;kind;municipalities\n{name};migrant-self-organisation;GM0363\n"),
        });
        await page.GetByLabel("Alleen controleren, nog niets inlezen").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingelezen" })).ToBeVisibleAsync();

        await page.GotoAsync($"/register/organisaties?naam={Uri.EscapeDataString(name)}");
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = name })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_coordinator_keeps_a_municipality_s_contact_persons_which_an_advisor_reads_and_the_API_refuses_bad_ones_in_Dutch()
    {
        var name = $"Contact {Guid.NewGuid():N}"[..16];
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync("/register/gemeenten?naam=Utrecht");
        await page.GetByRole(AriaRole.Link, new() { Name = "Utrecht", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Utrecht");

        var first = page.GetByRole(AriaRole.Group, new() { Name = "Contactpersoon 1" });
        await first.GetByLabel("Naam").FillAsync(name);
        await first.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersonen opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Contactpersoon 1" }).Locator(".utrecht-form-field-error-message")).ToContainTextAsync("e-mailadres");

        await page.GetByRole(AriaRole.Group, new() { Name = "Contactpersoon 1" }).GetByLabel("E-mailadres").FillAsync("contact@utrecht.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersonen opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De contactpersonen zijn opgeslagen" })).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        // A successor without an end date is refused, in Dutch, at the field.
        await page.GetByLabel("Opvolgers").FillAsync("GM0363");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestaan opslaan" }).ClickAsync();
        await Expect(page.Locator("#veld-successorCodes-fout")).ToContainTextAsync("einddatum");

        var advisor = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await advisor.GotoAsync("/register/gemeenten/GM0344");
        await Expect(advisor.GetByRole(AriaRole.Table, new() { Name = "Contactpersonen" })).ToContainTextAsync(name);
        await Expect(advisor.GetByRole(AriaRole.Button, new() { Name = "Contactpersonen opslaan" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_coordinator_replaces_a_placeholder_of_the_guide_and_a_second_editor_with_an_old_page_is_told_so()
    {
        var text = $"De gemeente verbindt en faciliteert. ({Guid.NewGuid():N})";
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Kennisbank");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rol 1 bewerken" }).ClickAsync();
        var editing = page.Url;

        // A second window opened on the same version, saved later.
        var other = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await other.GotoAsync(editing);

        await page.GetByLabel("Tekst").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De tekst is opgeslagen" })).ToBeVisibleAsync();
        await Expect(page.GetByText(text)).ToBeVisibleAsync();
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        await other.GetByLabel("Tekst").FillAsync("Een oudere versie.");
        await other.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert)).ToContainTextAsync("Iemand anders heeft dit intussen gewijzigd");
    }

    [Fact]
    public async Task A_leader_reports_a_session_with_live_sums_and_Dutch_errors_when_the_counts_do_not_add_up()
    {
        var series = await system.PlannedSeriesOfTheDemoLeaderAsync(weeksAgo: 8);
        var page = await system.SignedInPageAsync("gespreksleider@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Mijn bijeenkomsten");
        await page.Locator($"a[href='/mijn-bijeenkomsten/{series}/verslag/1']").ClickAsync();

        await page.GetByLabel("Aantal aanwezigen").FillAsync("12");
        await page.GetByLabel("Vrouwen").FillAsync("9");
        await page.GetByLabel("Mannen").FillAsync("2");
        await Expect(page.Locator("output[data-sum-of='byGender.']")).ToHaveTextAsync("11");
        await page.GetByLabel("30 tot 50").FillAsync("12");
        await page.GetByLabel("Arabisch", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verslag opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("tellen op tot 11, niet tot de 12 aanwezigen");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));
        await Browsers.ScreenshotAsync(page, "gespreksleider-verslag-fout");

        await page.GetByLabel("Mannen").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verslag opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het verslag is opgeslagen" })).ToBeVisibleAsync();
        await Expect(page.GetByText("U corrigeert versie 1")).ToBeVisibleAsync();

        // The calendar-feed link, shown once, works without signing in (calendar apps cannot).
        await Browsers.MenuAsync(page, "Mijn bijeenkomsten");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("agenda-link maken", RegexOptions.IgnoreCase) }).ClickAsync();
        var feed = await page.GetByLabel("Agenda-link", new() { Exact = true }).InputValueAsync();
        Assert.Contains("/api/scheduling/v1/calendar-feeds/", feed);
        using var calendar = new HttpClient();
        Assert.Contains("BEGIN:VCALENDAR", await calendar.GetStringAsync(feed));
    }

    [Fact]
    public async Task An_administrator_adds_an_account_and_sees_it_listed()
    {
        var page = await system.SignedInPageAsync("beheerder@demo.vanbinnenuit.nl");
        await Browsers.MenuAsync(page, "Gebruikers");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "coordinator@demo.vanbinnenuit.nl" })).ToBeVisibleAsync();

        var email = $"adviseur.{Guid.NewGuid():N}@voorbeeld.nl";
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Nieuwe Adviseur");
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "adviseur" });
        await page.GetByLabel("Eerste wachtwoord").FillAsync("Een-lang-wachtwoord-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gebruiker is toegevoegd" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_administrator_blocks_an_account_which_then_cannot_sign_in_and_gives_it_access_again()
    {
        var email = $"vertrekt.{Guid.NewGuid():N}@voorbeeld.nl";
        using (var api = await system.SignedInClientAsync("beheerder@demo.vanbinnenuit.nl"))
        {
            using var created = await api.PostAsJsonAsync("/api/identity/v1/users",
                new { email, displayName = "Vertrekkende Adviseur", role = "advisor", password = BrowserFixture.DemoPassword });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var page = await system.SignedInPageAsync("beheerder@demo.vanbinnenuit.nl");
        await page.GotoAsync("/beheer/gebruikers");
        var access = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Blokkeren" }) });
        await access.GetByLabel("Gebruiker").SelectOptionAsync(new SelectOptionValue { Label = $"Vertrekkende Adviseur ({email})" });
        await access.GetByRole(AriaRole.Button, new() { Name = "Blokkeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gebruiker is geblokkeerd" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToContainTextAsync("ja");

        var blocked = await system.NewPageAsync();
        await blocked.GotoAsync("/");
        await blocked.GetByLabel("E-mailadres").FillAsync(email);
        await blocked.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.DemoPassword);
        await blocked.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(blocked.GetByText("Het e-mailadres of wachtwoord klopt niet.")).ToBeVisibleAsync();

        await access.GetByLabel("Gebruiker").SelectOptionAsync(new SelectOptionValue { Label = $"Vertrekkende Adviseur ({email}) — geblokkeerd" });
        await access.GetByRole(AriaRole.Button, new() { Name = "Weer toestaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gebruiker heeft weer toegang" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToContainTextAsync("nee");
        await system.SignedInPageAsync(email);
    }

    [Fact]
    public async Task An_administrator_gives_a_municipal_system_a_new_secret_and_deletes_it()
    {
        var clientId = $"gm0344-{Guid.NewGuid():N}"[..20];
        var page = await system.SignedInPageAsync("beheerder@demo.vanbinnenuit.nl");
        await page.GotoAsync("/beheer/clients");
        await page.GetByLabel("Naam van het systeem (client-id)").FillAsync(clientId);
        await page.GetByLabel("Omschrijving").FillAsync("Utrecht");
        await page.GetByLabel("Gemeentecode").FillAsync("GM0344");
        await page.GetByRole(AriaRole.Button, new() { Name = "Systeem aanmaken" }).ClickAsync();
        var first = await page.GetByLabel($"Geheim van {clientId}").InputValueAsync();

        await page.GetByLabel("Client-id van het systeem").FillAsync(clientId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw geheim" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "heeft een nieuw geheim" })).ToBeVisibleAsync();
        var second = await page.GetByLabel($"Geheim van {clientId}").InputValueAsync();
        Assert.NotEqual(first, second);
        Assert.NotEqual(HttpStatusCode.OK, await ClientCredentialsAsync(clientId, first));
        Assert.Equal(HttpStatusCode.OK, await ClientCredentialsAsync(clientId, second));

        await page.GetByLabel("Client-id van het systeem").FillAsync(clientId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het systeem is verwijderd" })).ToBeVisibleAsync();
        Assert.NotEqual(HttpStatusCode.OK, await ClientCredentialsAsync(clientId, second));

        await page.GetByLabel("Client-id van het systeem").FillAsync(clientId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw geheim" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    private async Task<HttpStatusCode> ClientCredentialsAsync(string clientId, string secret)
    {
        using var response = await system.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api",
        }));
        return response.StatusCode;
    }
}
