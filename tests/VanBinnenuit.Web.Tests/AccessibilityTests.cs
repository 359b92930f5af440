using System.Net.Http.Json;
using Microsoft.Playwright;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Web.Tests;

/// <summary>Every page of every role's menu, checked by axe-core (no serious or critical violation) and at 320 px wide.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture system)
{
    public static TheoryData<string> Accounts => new()
    {
        "ambtenaar.amsterdam@demo.vanbinnenuit.nl",
        "adviseur@demo.vanbinnenuit.nl",
        "coordinator@demo.vanbinnenuit.nl",
        "gespreksleider@demo.vanbinnenuit.nl",
        "beheerder@demo.vanbinnenuit.nl",
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Every_menu_page_has_no_serious_or_critical_axe_violation(string email)
    {
        var page = await system.SignedInPageAsync(email);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link);
        var paths = new List<string>();
        foreach (var link in await menu.AllAsync())
        {
            paths.Add((await link.GetAttributeAsync("href"))!);
        }
        Assert.True(paths.Count >= 3, $"{email} has a menu of {paths.Count} pages.");

        // Pages one click further than the menu.
        var registryPages = new[]
        {
            $"/register/organisaties/{await FirstIdAsync("/api/registry/v1/organisations")}",
            $"/register/gespreksleiders/{await FirstIdAsync("/api/registry/v1/leaders")}",
        };
        paths.AddRange(email.Split('@')[0] switch
        {
            "coordinator" => ["/bijeenkomsten/nieuw", "/bijeenkomsten/agenda", "/bijeenkomsten/kalender?maand=2027-03", "/register/organisaties",
                "/register/gespreksleiders", "/register/gemeenten", "/zoeken?q=rotterdam", .. registryPages],
            "adviseur" => ["/bijeenkomsten/kalender?maand=2027-03", "/zoeken?q=syr", .. registryPages],
            "ambtenaar.amsterdam" => ["/bijeenkomsten/kalender?maand=2027-03"],
            _ => [],
        });
        var found = new List<string>();
        foreach (var path in paths)
        {
            await page.SetViewportSizeAsync(1280, 900);
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status} for {email}.");
            found.AddRange((await Browsers.SeriousViolationsAsync(page)).Select(v => $"{path}: {v}"));
            await Browsers.ScreenshotAsync(page, $"{email.Split('@')[0]}{path.Split('?')[0].Replace('/', '-').TrimEnd('-')}");

            // The same page on a 320 px phone: nothing wider than the screen (wide tables scroll in their own box).
            await page.SetViewportSizeAsync(320, 900);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                found.Add($"{path}: {overflow} px wider than 320 px");
            }
        }
        Assert.Empty(found);
    }

    private async Task<Guid> FirstIdAsync(string path) =>
        (await system.Coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>($"{path}?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
}
