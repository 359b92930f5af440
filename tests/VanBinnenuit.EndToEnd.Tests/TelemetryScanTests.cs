using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// What operators see on the dashboard and in the consoles holds nothing personal or secret: a day's
/// work goes through the whole system (sign-ins, an advice request with its question and contact, a
/// session report with a reflection, a calendar feed fetched, a search), then every service's exported
/// logs, spans and metrics and every console line are scanned for it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class TelemetryScanTests(ObservedSystemFixture system)
{
    [Fact]
    public async Task No_feed_secret_address_phone_number_question_reflection_or_token_reaches_a_log_span_or_metric()
    {
        // Letters only: ten hex characters are now and then eight digits in a row, which monitoring rightly refuses in a
        // reflection as a phone number (CI, stop after 596a6ad).
        var unique = string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c));
        var question = $"Hoe bereiken wij vrouwen die huiselijk geweld meemaken {unique}?";
        var reflection = $"Een deelnemer vertelde over haar coming-out {unique}.";
        var email = $"contact.{unique}@gemeente-amsterdam.example";
        var phone = "+31 6 4" + unique[..7].Select(c => (char)('0' + (c % 10))).Aggregate("", (s, c) => s + c);
        var searched = $"zoekterm{unique}";

        using var officer = await system.SignedInClientAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl");
        using var leader = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");

        // An advice request with its question and contact.
        var community = (await system.Coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?name=Syrisch")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var draft = new
        {
            municipalityCode = "GM0363", communityIds = new[] { community }, topicCodes = new[] { "self-determination" }, approachStep = 1,
            question, hopes = new[] { "advice" }, contact = new { name = $"Ambtenaar {unique}", email, phone },
        };
        await Polling.UntilAsync(() => officer.PostAsJsonAsync("/api/advice-requests/v1/advice-requests", draft), HttpStatusCode.Created);

        // A session report with a reflection, by the leader of a series long enough ago not to meet the other flows' series.
        var series = await PlannedSeries.PlanAsync(system.Coordinator, PlannedSeries.Tuesday(12));
        var report = new
        {
            attendance = 8, byGender = new { women = 8 }, byAge = new { from30To49 = 8 }, returned = 0,
            languages = new[] { "ar" }, topicCodes = new[] { "lgbt-acceptance" }, safety = 4, reflection,
        };
        await Polling.UntilAsync(() => leader.SendAsync(HttpMethod.Put, $"/api/monitoring/v1/series/{series}/sessions/1/report", report, ifMatch: null), HttpStatusCode.Created);

        // The leader's calendar feed, fetched by a calendar app without a token; and a search with a query string.
        var feed = await Polling.UntilAsync(() => leader.PutAsync($"/api/scheduling/v1/leaders/{DemoData.LeaderId}/calendar-feed", null), HttpStatusCode.OK);
        var feedPath = new Uri(feed.GetProperty("url").GetString()!).AbsolutePath;
        var secret = feedPath.Split('/')[^1];
        using (var calendar = await system.Gateway.GetAsync(feedPath))
        {
            Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        }
        using (var search = await system.Coordinator.GetAsync($"/api/registry/v1/communities?name={searched}"))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        // Batches leave each process every second; give the slowest a few.
        await Task.Delay(TimeSpan.FromSeconds(6));

        string[] tokens = [.. new[] { officer, leader, system.Coordinator }.Select(c => c.DefaultRequestHeaders.Authorization!.Parameter!)];
        var leaks = system.Telemetry.Leaks([secret, email, phone, phone.Replace(" ", "", StringComparison.Ordinal), question, reflection, searched,
                SystemFixture.DemoPassword, "ambtenaar.amsterdam@demo", "gespreksleider@demo", "coordinator@demo", .. tokens])
            .Concat(system.Telemetry.Matches(EmailAddress()))
            .Concat(system.Telemetry.Matches(Jwt()))
            .Distinct().ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(40)));

        // The scan saw the processes' traces, logs and console lines, so an empty result means something.
        var received = system.Telemetry.Received;
        foreach (var signal in new[] { "otlp traces", "otlp logs", "otlp metrics", $"console {ResourceNames.Gateway}" })
        {
            Assert.True(received.GetValueOrDefault(signal) > 0, $"Nothing arrived as {signal}: {string.Join(", ", received)}");
        }
    }

    // Any address-shaped text, not only the scenario's: a log line naming someone's address is a leak whoever it is.
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();

    // A JSON Web Token's header always starts with {"  (eyJ in base64url) and is followed by a dot and its payload.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();
}
