using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Testing;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>A series of three Tuesday evenings for Amsterdam's Syrian community, planned with the demo leader.</summary>
internal static class PlannedSeries
{
    /// <summary>The Tuesday <paramref name="weeksAgo"/> weeks back (or more, to reach a Tuesday): far enough apart, flows never double-book the leader.</summary>
    public static DateOnly Tuesday(int weeksAgo)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays((-7 * weeksAgo) - (((int)today.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
    }

    public static async Task<Guid> PlanAsync(HttpClient coordinator, DateOnly first)
    {
        var syrian = (await coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var draft = new
        {
            municipalityCode = "GM0363", communityId = syrian, audience = "women", languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" },
        };
        var series = (await Polling.UntilAsync(() => coordinator.PostAsJsonAsync("/api/scheduling/v1/series", draft), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var sessions = new
        {
            sessions = Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Select(d => new { startsAt = $"{d}T19:30", endsAt = $"{d}T21:30" }).ToArray(),
        };
        await coordinator.OkAsync(HttpMethod.Put, $"/api/scheduling/v1/series/{series}/sessions", sessions);
        // The demo leader reaches scheduling through the registry's event.
        await Polling.UntilAsync(() => coordinator.SendAsync(HttpMethod.Put, $"/api/scheduling/v1/series/{series}/leader", new { leaderId = DemoData.LeaderId }), HttpStatusCode.OK);
        await coordinator.OkAsync(HttpMethod.Post, $"/api/scheduling/v1/series/{series}/planning", null);
        return series;
    }
}
