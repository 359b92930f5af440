using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>Series as clients write them, and the calls the API tests repeat.</summary>
internal static class SeriesRequests
{
    public static JsonObject Draft(string audience = "women") => new()
    {
        ["municipalityCode"] = "GM0363",
        ["communityId"] = Plans.Community.ToString(),
        ["hostOrganisationIds"] = new JsonArray(SchedulingApiFactory.Organisation.ToString()),
        ["audience"] = audience,
        ["languages"] = new JsonArray("ar"),
        ["topicCodes"] = new JsonArray("lgbt-acceptance"),
        ["approachRoute"] = "human-rights",
        ["notes"] = "Via de moskee-vereniging.",
    };

    /// <summary>Three Tuesday evenings a week apart, starting on <paramref name="first"/>.</summary>
    public static JsonObject Sessions(string first = "2027-09-07", string from = "19:30", string to = "21:30", bool confidential = false, string? reason = null)
    {
        var date = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["sessions"] = new JsonArray([.. Enumerable.Range(0, 3).Select(i => date.AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Select(d => (JsonNode)new JsonObject { ["startsAt"] = $"{d}T{from}", ["endsAt"] = $"{d}T{to}", ["venue"] = "Vrouwenhuis, geheim adres", ["venueConfidential"] = confidential })]),
            ["reason"] = reason,
        };
    }

    public static async Task<(Guid Id, string ETag)> CreateAsync(HttpClient coordinator, JsonObject? draft = null)
    {
        using var response = await coordinator.PostAsJsonAsync("/v1/series", draft ?? Draft());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return (JsonNode.Parse(body)!["id"]!.GetValue<Guid>(), response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, JsonObject? body, string? ifMatch = "*")
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
        }
        return await client.SendAsync(request);
    }

    /// <summary>Creates a series, plans its sessions and assigns the leader; gives the id.</summary>
    public static async Task<Guid> PlannedAsync(HttpClient coordinator, Guid leader, string first = "2027-09-07", string from = "19:30", string to = "21:30",
        JsonObject? draft = null)
    {
        var (id, _) = await CreateAsync(coordinator, draft);
        using var sessions = await coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/sessions", Sessions(first, from, to));
        Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
        using var assigned = await coordinator.SendAsync(HttpMethod.Put, $"/v1/series/{id}/leader", new JsonObject { ["leaderId"] = leader.ToString() });
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        using var planned = await coordinator.SendAsync(HttpMethod.Post, $"/v1/series/{id}/planning", null);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        return id;
    }
}
