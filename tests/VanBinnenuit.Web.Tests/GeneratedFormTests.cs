using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Microsoft.Playwright;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// Generated posts to every form of the web frontend, with the person's cookies and a valid anti-forgery
/// token: whatever is sent, the answer is a page (with the problems in Dutch) or a redirect, never a 5xx.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GeneratedFormTests(BrowserFixture system)
{
    private static readonly Gen<string> Values = Gen.OneOf(GeneratedJson.Text,
        Gen.OneOf("GM0363", "GM9999", "ar", "lgbt-acceptance", "2027-03-02", "2027-02-30", "2027-03-02T19:30", "19:30", "25:99", "-1", "501", "true",
            "monday", "women", "other", "triage", "assign", "close", "withdrawn", "a@b.nl", "01930000-0000-7000-8000-0000000000c1", "\"*\"", "W/\"1\"",
            "Utrecht", "Tigrinya", "native", "PV26", "12345678"));

    [Fact]
    public async Task The_advice_request_forms_never_answer_a_server_error()
    {
        var officer = await system.SignedInPageAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        await AssertNoServerErrorsAsync(officer, "/adviesaanvragen/nieuw", "nieuwe-adviesaanvraag",
            ["municipalityCode", "question", "approachStep", "hopes", "hopesOther", "topicCodes", "communityIds", "organisationIds", "desiredFrom", "desiredUntil", "timingNote",
             "contact.name", "contact.email", "contact.phone"]);

        using var api = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        var request = (await Polling.UntilAsync(() => api.PostAsJsonAsync("/api/advice-requests/v1/advice-requests", new
        {
            municipalityCode = "GM0363", approachStep = 0, question = "Gegenereerd", hopes = new[] { "advice" },
            contact = new { name = "A", email = "a@amsterdam.example" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await AssertNoServerErrorsAsync(officer, $"/adviesaanvragen/{request}", "bericht", ["message.text", "internal"]);
        await AssertNoServerErrorsAsync(officer, $"/adviesaanvragen/{request}", "intrekken", ["version"]);

        var advisor = await system.SignedInPageAsync("adviseur@demo.vanbinnenuit.nl");
        await AssertNoServerErrorsAsync(advisor, $"/adviesaanvragen/{request}", "status", ["action", "result", "reason", "version"]);
    }

    [Fact]
    public async Task The_planning_registry_and_administration_forms_never_answer_a_server_error()
    {
        var coordinator = await system.SignedInPageAsync("coordinator@demo.vanbinnenuit.nl");
        await AssertNoServerErrorsAsync(coordinator, "/bijeenkomsten/nieuw", "nieuwe-reeks", ["municipalityCode", "communityId", "audience", "languages", "topicCodes", "notes"]);
        var community = (await system.Coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var draft = (await Polling.UntilAsync(() => system.Coordinator.PostAsJsonAsync("/api/scheduling/v1/series", new
        {
            municipalityCode = "GM0599", communityId = community, audience = "mixed", languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await AssertNoServerErrorsAsync(coordinator, $"/bijeenkomsten/{draft}", "data", ["startsAt", "endsAt", "venue", "confidential", "reason", "version"]);
        await AssertNoServerErrorsAsync(coordinator, $"/bijeenkomsten/{draft}", "kies-leider", ["leaderId", "version"]);
        await AssertNoServerErrorsAsync(coordinator, "/kennisbank", "kennis-toevoegen", ["kind", "title", "body"]);
        await AssertNoServerErrorsAsync(coordinator, "/kennisbank/01930000-0000-7000-8000-00000000b00a/bewerken", "kennis-bewerken", ["title", "body", "version"]);
        await AssertNoServerErrorsAsync(coordinator, "/register/gemeenschappen", "gemeenschap-toevoegen", ["name", "originCountries", "languages", "presence"]);
        await AssertNoServerErrorsAsync(coordinator, "/register/organisaties", "activering", ["entry", "change", "reason"]);
        await AssertNoServerErrorsAsync(coordinator, "/register/gemeenten/GM0518", "contactpersonen", ["contactName", "contactRole", "contactEmail", "contactPhone", "version"]);
        // An organisation and a leader of this test's own: a generated post may really change them.
        var organisation = await system.NewOrganisationAsync($"Gegenereerd {Guid.NewGuid():N}"[..24]);
        await AssertNoServerErrorsAsync(coordinator, $"/register/organisaties/{organisation}", "organisatie",
            ["name", "kind", "kvkNumber", "municipalityCodes", "communityIds", "contactName", "contactEmail", "contactPhone", "version"]);
        var leader = await system.NewLeaderAsync($"Gegenereerd {Guid.NewGuid():N}"[..24]);
        await AssertNoServerErrorsAsync(coordinator, $"/register/gespreksleiders/{leader}", "gespreksleider",
            ["displayName", "email", "phone", "gender", "languageName", "proficiency", "communityIds", "topicCodes", "homeMunicipalityCode",
             "travelProvinceCodes", "travelMunicipalityCodes", "maxSessionsPerMonth", "version"]);
        // A municipality no other test uses: a generated post may really end it.
        await AssertNoServerErrorsAsync(coordinator, "/register/gemeenten/GM0014", "bestaan", ["validFrom", "validTo", "successorCodes", "version"]);
        await AssertNoServerErrorsAsync(coordinator, "/register/importeren", "importeren", ["kind", "dryRun"]);

        var administrator = await system.SignedInPageAsync("beheerder@demo.vanbinnenuit.nl");
        await AssertNoServerErrorsAsync(administrator, "/beheer/gebruikers", "gebruiker-toevoegen", ["email", "displayName", "role", "municipalityCode", "leaderId", "password"]);
        await AssertNoServerErrorsAsync(administrator, "/beheer/gebruikers", "binding", ["binding.account", "binding.role", "binding.municipalityCode", "binding.leaderId"]);
        await AssertNoServerErrorsAsync(administrator, "/beheer/gebruikers", "toegang", ["access.account", "access.action"]);
        await AssertNoServerErrorsAsync(administrator, "/beheer/clients", "systeem-toevoegen", ["clientId", "displayName", "municipalityCode"]);
        await AssertNoServerErrorsAsync(administrator, "/beheer/clients", "systeem-beheren", ["manage.clientId", "manage.action"]);
    }

    [Fact]
    public async Task The_leader_s_forms_never_answer_a_server_error()
    {
        var series = await system.PlannedSeriesOfTheDemoLeaderAsync(weeksAgo: 14);
        var leader = await system.SignedInPageAsync("gespreksleider@demo.vanbinnenuit.nl");
        await AssertNoServerErrorsAsync(leader, $"/mijn-bijeenkomsten/{series}/verslag/1", "verslag",
            ["attendance", "byGender.women", "byGender.men", "byAge.from30To49", "returned", "languages", "topicCodes", "safety", "referral.ggd",
             "followUpNeeded", "reflection", "correctionReason", "version"]);
        await AssertNoServerErrorsAsync(leader, "/mijn-beschikbaarheid", "beschikbaarheid", ["day", "from", "to", "absentFrom", "absentTo", "version"]);
        await AssertNoServerErrorsAsync(leader, "/mijn-bijeenkomsten", "agenda-link", []);
    }

    /// <summary>Posts generated fields to one form of a page with the page's own anti-forgery token; fails on any 5xx, naming the form.</summary>
    private static async Task AssertNoServerErrorsAsync(IPage page, string path, string handler, string[] fields, int iter = 30)
    {
        await page.GotoAsync(path);
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no form with an anti-forgery token.");
        var generated = fields.Length == 0 ? Gen.Const(Array.Empty<(string, string)>()) : Gen.Select(Gen.OneOf(fields), Values).Array[0, 16];
        await generated.SampleAsync(async pairs =>
        {
            var form = page.Context.APIRequest.CreateFormData();
            form.Set("_handler", handler);
            form.Set("__RequestVerificationToken", token!);
            foreach (var (name, value) in pairs)
            {
                form.Set(name, value);
            }
            var response = await page.Context.APIRequest.PostAsync(path, new() { Form = form, MaxRedirects = 0 });
            Assert.True(response.Status < 500, $"{handler} on {path} → {response.Status}: {string.Join("&", pairs.Select(p => $"{p.Item1}={p.Item2}"))}");
        }, iter: iter);
    }
}
