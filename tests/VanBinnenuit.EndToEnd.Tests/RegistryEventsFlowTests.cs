using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>Changes made in the registry reach the read models of scheduling, monitoring and advice-requests, through the real broker.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryEventsFlowTests(ObservedSystemFixture system)
{
    private static readonly string[] Consumers = [ResourceNames.Scheduling, ResourceNames.Monitoring, ResourceNames.AdviceRequests];

    /// <summary>Polls until <paramref name="path"/> answers with a body that satisfies <paramref name="done"/>.</summary>
    private async Task<JsonElement> EventuallyAsync(string path, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await system.Coordinator.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (done(last))
                {
                    return last;
                }
            }
            await Task.Delay(300);
        }
        Assert.Fail($"{path} did not catch up; last answer: {last}");
        return last;
    }

    private async Task<(Guid Id, string ETag)> CreateAsync(string path, object body)
    {
        using var response = await system.Coordinator.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_community_and_an_organisation_reach_every_service_and_so_do_their_changes()
    {
        var name = $"E2E {Guid.NewGuid():N}"[..20];
        var community = new { name, originCountries = new[] { "ER" }, languages = new[] { "ti" }, presence = new[] { new { municipalityCode = "GM0363" } } };
        var (communityId, etag) = await CreateAsync("/api/registry/v1/communities", community);
        var (organisationId, _) = await CreateAsync("/api/registry/v1/organisations",
            new { name, kind = "refugee-organisation", communityIds = new[] { communityId }, municipalityCodes = new[] { "GM0363" } });

        foreach (var service in Consumers)
        {
            await EventuallyAsync($"/api/{service}/v1/read-models/communities/{communityId}", c => c.GetProperty("name").GetString() == name);
            var organisation = await EventuallyAsync($"/api/{service}/v1/read-models/organisations/{organisationId}", _ => true);
            Assert.Equal("refugee-organisation", organisation.GetProperty("kind").GetString());
        }

        using var rename = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/v1/communities/{communityId}")
        {
            Content = JsonContent.Create(community with { name = name + " 2" }),
        };
        rename.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        using var renamed = await system.Coordinator.SendAsync(rename);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        using var deactivated = await system.Coordinator.PostAsJsonAsync($"/api/registry/v1/organisations/{organisationId}/deactivation", new { reason = "E2E" });
        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);

        foreach (var service in Consumers)
        {
            await EventuallyAsync($"/api/{service}/v1/read-models/communities/{communityId}", c => c.GetProperty("name").GetString() == name + " 2");
            await EventuallyAsync($"/api/{service}/v1/read-models/organisations/{organisationId}", o => !o.GetProperty("active").GetBoolean());
        }
    }

    [Fact]
    public async Task Scheduling_learns_a_leaders_profile_and_availability_without_contact_details()
    {
        var leader = new JsonObject
        {
            ["displayName"] = "E2E leider",
            ["email"] = $"{Guid.NewGuid():N}@voorbeeld.nl",
            ["languages"] = new JsonArray(new JsonObject { ["code"] = "so", ["proficiency"] = "native" }),
            ["topicCodes"] = new JsonArray("domestic-violence"),
            ["homeMunicipalityCode"] = "GM0599",
            ["maxSessionsPerMonth"] = 4,
        };
        var (id, _) = await CreateAsync("/api/registry/v1/leaders", leader);
        var profile = await EventuallyAsync($"/api/scheduling/v1/read-models/leaders/{id}", _ => true);
        Assert.Equal("domestic-violence", profile.GetProperty("profile").GetProperty("topicCodes")[0].GetString());
        Assert.DoesNotContain("@voorbeeld.nl", profile.ToString());

        // The demo leader changes their own availability; scheduling sees it.
        using var self = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");
        using var read = await self.GetAsync($"/api/registry/v1/leaders/{DemoData.LeaderId}");
        using var change = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/v1/leaders/{DemoData.LeaderId}/availability")
        {
            Content = JsonContent.Create(new { availability = new[] { new { day = "thursday", from = "19:00", to = "21:30" } }, absences = Array.Empty<object>() }),
        };
        change.Headers.IfMatch.Add(read.Headers.ETag!);
        using var changed = await self.SendAsync(change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await EventuallyAsync($"/api/scheduling/v1/read-models/leaders/{DemoData.LeaderId}",
            p => p.GetProperty("profile").GetProperty("availability") is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() == 1 && a[0].GetProperty("day").GetString() == "thursday");
    }
}
