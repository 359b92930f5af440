using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using VanBinnenuit.Testing;
using static Microsoft.Playwright.Assertions;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// Organisations and leaders edited on their own pages: choices by Dutch name, the API's problems in Dutch at
/// the fields, and a change by someone else in between refused instead of overwritten (If-Match).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryEditTests(BrowserFixture system)
{
    [Fact]
    public async Task A_coordinator_edits_an_organisation_by_names_and_is_told_in_Dutch_what_is_wrong()
    {
        var name = $"Vrouwen van Zuilen {Guid.NewGuid():N}"[..26];
        var id = await system.NewOrganisationAsync(name);
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync($"/register/organisaties?naam={Uri.EscapeDataString(name)}");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        // The stored municipality shows by its name, not GM0344.
        await Expect(page.Locator("#veld-municipalityCodes")).ToHaveValueAsync("Utrecht");

        await page.GetByLabel("Soort").SelectOptionAsync(new SelectOptionValue { Label = "vluchtelingenorganisatie" });
        await page.GetByLabel("Gemeenten 2").FillAsync("Atlantis");
        await page.GetByLabel("KvK-nummer").FillAsync("1234");
        await page.GetByRole(AriaRole.Group, new() { Name = "Gemeenschappen" }).GetByLabel("Eritrees").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie opslaan" }).ClickAsync();
        // The page's own check: a municipality that is not in the list, at its field; the rest stays as typed.
        await Expect(page.Locator("#veld-municipalityCodes-fout")).ToContainTextAsync("'Atlantis' staat niet in de lijst");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Gemeenschappen" }).GetByLabel("Eritrees")).ToBeCheckedAsync();

        await page.GetByLabel("Gemeenten 2").FillAsync("zeist");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie opslaan" }).ClickAsync();
        // The API's check: a KvK number has eight digits, said in Dutch at the field.
        await Expect(page.Locator("#veld-kvkNumber-fout")).ToContainTextAsync("acht cijfers");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        await page.GetByLabel("KvK-nummer").FillAsync("12345678");
        var contact = page.GetByRole(AriaRole.Group, new() { Name = "Contactpersoon 1" });
        await contact.GetByLabel("Naam").FillAsync("Fatima Contact");
        await contact.GetByLabel("E-mailadres").FillAsync("fatima@zuilen.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Organisatie opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De organisatie is opgeslagen" })).ToBeVisibleAsync();
        var facts = page.Locator(".facts");
        await Expect(facts).ToContainTextAsync("vluchtelingenorganisatie");
        await Expect(facts).ToContainTextAsync("Utrecht, Zeist");
        await Expect(facts).ToContainTextAsync("Eritrees");

        var stored = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/v1/organisations/{id}");
        Assert.Equal("refugee-organisation", stored.GetProperty("kind").GetString());
        Assert.Equal(["GM0344", "GM0355"], stored.GetProperty("municipalityCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("12345678", stored.GetProperty("kvkNumber").GetString());
        Assert.Equal("fatima@zuilen.example", stored.GetProperty("contactPersons")[0].GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_change_saved_by_someone_else_in_between_is_not_overwritten()
    {
        var name = $"Stichting Tussendoor {Guid.NewGuid():N}"[..28];
        var id = await system.NewOrganisationAsync(name);
        var first = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        var second = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await first.GotoAsync($"/register/organisaties/{id}");
        await second.GotoAsync($"/register/organisaties/{id}");

        await first.GetByLabel("Naam", new() { Exact = true }).First.FillAsync(name + " A");
        await first.GetByRole(AriaRole.Button, new() { Name = "Organisatie opslaan" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status).Filter(new() { HasText = "De organisatie is opgeslagen" })).ToBeVisibleAsync();

        await second.GetByLabel("Naam", new() { Exact = true }).First.FillAsync(name + " B");
        await second.GetByRole(AriaRole.Button, new() { Name = "Organisatie opslaan" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Iemand anders heeft dit intussen gewijzigd");
        var stored = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/v1/organisations/{id}");
        Assert.Equal(name + " A", stored.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_coordinator_edits_a_leader_s_profile_which_keeps_their_own_availability_and_an_advisor_only_reads_it()
    {
        var name = $"Leider {Guid.NewGuid():N}"[..18];
        var id = await system.NewLeaderAsync(name);
        var page = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await page.GotoAsync($"/register/gespreksleiders?naam={Uri.EscapeDataString(name)}");
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByLabel("Taal 1")).ToHaveValueAsync("Nederlands");
        await Expect(page.GetByLabel("Woonplaats", new() { Exact = true })).ToHaveValueAsync("Utrecht");

        await page.GetByLabel("Taal 2").FillAsync("Tigrinya");
        await page.GetByLabel("Niveau").Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "vloeiend" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Thema's" }).GetByLabel("Acceptatie van lhbti+-personen").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Reist naar heel de provincie" }).GetByLabel("Gelderland").CheckAsync();
        await page.GetByLabel("Woonplaats", new() { Exact = true }).FillAsync("Rotterdam");
        await page.GetByLabel("Telefoon").FillAsync("bel me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gespreksleider opslaan" }).ClickAsync();
        await Expect(page.Locator("#veld-phone-fout")).ToContainTextAsync("telefoonnummer");
        // What was typed is still there.
        await Expect(page.GetByLabel("Taal 2")).ToHaveValueAsync("Tigrinya");

        await page.GetByLabel("Telefoon").FillAsync("+31 30 123 4567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gespreksleider opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gespreksleider is opgeslagen" })).ToBeVisibleAsync();
        var facts = page.Locator(".facts");
        await Expect(facts).ToContainTextAsync("Nederlands (moedertaal), Tigrinya (vloeiend)");
        await Expect(facts).ToContainTextAsync("Rotterdam");
        await Expect(facts).ToContainTextAsync("Gelderland");
        await Expect(facts).ToContainTextAsync("dinsdag 19:00–22:00");
        Assert.Empty(await Browsers.SeriousViolationsAsync(page));

        var stored = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/v1/leaders/{id}");
        Assert.Equal("GM0599", stored.GetProperty("homeMunicipalityCode").GetString());
        Assert.Equal(["nl", "ti"], stored.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("tuesday", stored.GetProperty("availability")[0].GetProperty("day").GetString());

        var advisor = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await advisor.GotoAsync($"/register/gespreksleiders/{id}");
        await Expect(advisor.Locator(".facts")).ToContainTextAsync("Tigrinya (vloeiend)");
        await Expect(advisor.GetByRole(AriaRole.Button, new() { Name = "Gespreksleider opslaan" })).ToHaveCountAsync(0);
        Assert.DoesNotContain("+31 30 123 4567", await advisor.ContentAsync(), StringComparison.Ordinal);
    }
}
