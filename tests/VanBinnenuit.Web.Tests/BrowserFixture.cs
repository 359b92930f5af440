using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Web.Tests;

/// <summary>
/// The whole system (app host, gateway, web frontend) with the demo programme loaded, as a person
/// trying it finds it, and Debian's Chromium (<see cref="Browsers"/>).
/// </summary>
public sealed class BrowserFixture : DemoSystemFixture
{
    private IPlaywright? _playwright;

    /// <summary>
    /// Some ninety tests share five demo accounts at once, far beyond what one person does in a minute, so the
    /// gateway's limit per person is lifted here; the limit itself is tested in the gateway's own tests.
    /// </summary>
    public BrowserFixture() : base("--Gateway:RateLimitPermits=1000000")
    {
    }

    public IBrowser Browser { get; private set; } = null!;

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Web, cancellationToken);
        await base.WaitUntilReadyAsync(cancellationToken);
        _playwright = await Playwright.CreateAsync();
        Browser = await Browsers.LaunchAsync(_playwright);
    }

    public Task<IPage> NewPageAsync(int width = 1280) => Browsers.NewPageAsync(Browser, Gateway.BaseAddress!, width);

    public Task<IPage> SignedInPageAsync(string email, int width = 1280) => Browsers.SignedInPageAsync(Browser, Gateway.BaseAddress!, email, width);

    /// <summary>A new organisation in Utrecht of its own, for a test that changes it; no other test knows its name.</summary>
    public async Task<Guid> NewOrganisationAsync(string name) =>
        (await Polling.UntilAsync(() => Coordinator.PostAsJsonAsync("/api/registry/v1/organisations", new
        {
            name, kind = "migrant-self-organisation", municipalityCodes = new[] { "GM0344" }, communityIds = Array.Empty<Guid>(), contactPersons = Array.Empty<object>(),
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A new leader with a Tuesday evening each week, for a test that changes them (the demo's leaders plan the demo's series).</summary>
    public async Task<Guid> NewLeaderAsync(string displayName) =>
        (await Polling.UntilAsync(() => Coordinator.PostAsJsonAsync("/api/registry/v1/leaders", new
        {
            displayName, email = $"{Guid.NewGuid():N}@leider.example", languages = new[] { new { code = "nl", proficiency = "native" } },
            homeMunicipalityCode = "GM0344", availability = new[] { new { day = "tuesday", from = "19:00", to = "22:00" } }, maxSessionsPerMonth = 4,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

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
