using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The first flow of the architecture, through the gateway with real sign-ins: a municipal officer
/// asks for advice, an advisor handles it and refers it to a meeting series, scheduling drafts the
/// series, and the request shows it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AdviceRequestFlowTests(ObservedSystemFixture system)
{
    private const string Requests = "/api/advice-requests/v1/advice-requests";

    [Fact]
    public async Task Submit_triage_assign_advise_refer_and_the_request_shows_the_series_scheduling_drafted()
    {
        using var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        using var advisor = await system.SignedInClientAsync("adviseur@demo.vanbinnenuit.nl");
        var communityId = await NewCommunityAsync();

        var draft = new
        {
            municipalityCode = "GM0363", communityIds = new[] { communityId }, topicCodes = new[] { "self-determination" }, approachStep = 1,
            question = "Hoe bereiken wij vrouwen uit de Eritrese gemeenschap?", hopes = new[] { "advice", "meeting-series" },
            contact = new { name = "A. Ambtenaar", email = "a.ambtenaar@amsterdam.nl" },
        };
        // Until advice-requests has the community from the registry's event, the request is refused with a 422.
        var id = (await Polling.UntilAsync(() => officer.PostAsJsonAsync(Requests, draft), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // A policy note of exactly the 10 MB allowed passes the gateway and the service; a byte more does not.
        foreach (var (size, expected) in new[] { (10 * 1024 * 1024, HttpStatusCode.Created), ((10 * 1024 * 1024) + 1, HttpStatusCode.RequestEntityTooLarge) })
        {
            var pdf = new byte[size];
            "%PDF-1.7\n"u8.CopyTo(pdf);
            using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "file", "beleidsnota.pdf" } };
            using var uploaded = await officer.PostAsync($"{Requests}/{id}/documents", form);
            Assert.Equal(expected, uploaded.StatusCode);
            if (uploaded.StatusCode == HttpStatusCode.Created)
            {
                // The download keeps advice-requests' sandbox through the gateway, beside the gateway's own policy.
                using var download = await officer.GetAsync($"{Requests}/{id}/documents/{(await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}");
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                var policies = download.Headers.GetValues("Content-Security-Policy").ToList();
                Assert.Contains("sandbox; default-src 'none'", policies);
                Assert.Contains(policies, policy => policy.Contains("frame-ancestors 'none'", StringComparison.Ordinal));
            }
        }

        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", new { action = "triage" });
        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", new { action = "assign" });
        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", new { action = "start" });
        await advisor.OkAsync(HttpMethod.Put, $"{Requests}/{id}/advice", new { text = "Werk met een reeks van drie bijeenkomsten.", steps = new[] { 1 } });
        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", new { action = "give-advice" });
        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/series-request",
            new { communityId, audience = "women", languages = new[] { "ti" }, topicCodes = new[] { "self-determination" } });
        await advisor.OkAsync(HttpMethod.Post, $"{Requests}/{id}/status-changes", new { action = "close", result = "referred-to-meeting-series" });

        var drafts = await Polling.UntilAsync(() => system.Coordinator.GetAsync($"/api/scheduling/v1/series?adviceRequest={id}"), HttpStatusCode.OK,
            page => page.GetProperty("items").GetArrayLength() == 1);
        var series = drafts.GetProperty("items")[0];
        Assert.Equal(("draft", "GM0363", communityId), (series.GetProperty("status").GetString(), series.GetProperty("municipalityCode").GetString(), series.GetProperty("communityId").GetGuid()));

        var request = await Polling.UntilAsync(() => officer.GetAsync($"{Requests}/{id}"), HttpStatusCode.OK,
            r => r.GetProperty("series").ValueKind == JsonValueKind.Object && r.GetProperty("series").GetProperty("status").GetString() == "draft");
        Assert.Equal(series.GetProperty("id").GetGuid(), request.GetProperty("series").GetProperty("seriesId").GetGuid());
        Assert.Equal(("closed", "referred-to-meeting-series"), (request.GetProperty("status").GetString(), request.GetProperty("result").GetString()));
    }

    private async Task<Guid> NewCommunityAsync()
    {
        var name = $"E2E advies {Guid.NewGuid():N}"[..24];
        using var response = await system.Coordinator.PostAsJsonAsync("/api/registry/v1/communities",
            new { name, originCountries = new[] { "ER" }, languages = new[] { "ti" }, presence = new[] { new { municipalityCode = "GM0363" } } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
