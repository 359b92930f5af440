using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// The second flow of the architecture, through the gateway with real sign-ins: the demo leader
/// reports the three sessions of a series in monitoring, scheduling marks them held and completes
/// the series, and monitoring counts it toward the target.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SessionReportFlowTests(SystemFixture system)
{
    [Fact]
    public async Task Three_reports_complete_the_series_in_scheduling_and_count_toward_the_target_in_monitoring()
    {
        using var leader = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");
        var coordinator = system.Coordinator;
        var syrian = (await coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();

        // Three Tuesday evenings, five to three weeks ago: held, and within the demo leader's Tuesday window.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(-35 - (((int)today.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7));
        var draft = new
        {
            municipalityCode = "GM0363", communityId = syrian, audience = "women", languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" },
        };
        var series = (await EventuallyAsync(() => coordinator.PostAsJsonAsync("/api/scheduling/v1/series", draft), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var sessions = new
        {
            sessions = Enumerable.Range(0, 3).Select(i => first.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Select(d => new { startsAt = $"{d}T19:30", endsAt = $"{d}T21:30" }).ToArray(),
        };
        await SendAsync(coordinator, HttpMethod.Put, $"/api/scheduling/v1/series/{series}/sessions", sessions);
        // The demo leader reaches scheduling through the registry's event.
        await EventuallyAsync(() => Send(coordinator, HttpMethod.Put, $"/api/scheduling/v1/series/{series}/leader", new { leaderId = DemoData.LeaderId }), HttpStatusCode.OK);
        await SendAsync(coordinator, HttpMethod.Post, $"/api/scheduling/v1/series/{series}/planning", null);

        for (var number = 1; number <= 3; number++)
        {
            var report = new
            {
                attendance = 10, byGender = new { women = 10 }, byAge = new { from30To49 = 10 }, returned = number == 1 ? 0 : 8,
                languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" }, safety = 4,
            };
            var path = $"/api/monitoring/v1/series/{series}/sessions/{number}/report";
            // Until monitoring has the planned series from scheduling's event, it does not know the session (404).
            await EventuallyAsync(() => Send(leader, HttpMethod.Put, path, report, ifMatch: null), HttpStatusCode.Created);
        }

        await EventuallyAsync(() => coordinator.GetAsync($"/api/scheduling/v1/series/{series}"), HttpStatusCode.OK,
            s => s.GetProperty("status").GetString() == "completed" && s.GetProperty("sessions").EnumerateArray().All(x => x.GetProperty("status").GetString() == "held"));
        var period = $"from={first.AddDays(-1):yyyy-MM-dd}&until={first.AddDays(15):yyyy-MM-dd}&municipality=GM0363";
        var overview = await EventuallyAsync(() => coordinator.GetAsync($"/api/monitoring/v1/indicators/overview?{period}"), HttpStatusCode.OK,
            o => o.GetProperty("seriesCompleted").GetInt32() >= 1);
        Assert.True(overview.GetProperty("target").GetProperty("sessionsHeld").GetInt32() >= 3);
        Assert.Equal(700, overview.GetProperty("target").GetProperty("meetings").GetInt32());
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch = "*")
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    private static async Task SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var response = await Send(client, method, path, body);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonElement> EventuallyAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, Func<JsonElement, bool>? done = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await send();
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == status)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (done?.Invoke(body) ?? true)
                {
                    return body;
                }
            }
            await Task.Delay(300);
        }
        Assert.Fail($"Never got {(int)status}; last answer: {last}");
        return default;
    }
}
