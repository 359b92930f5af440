using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class CalendarFeedFlowTests(ObservedSystemFixture system)
{
    [Fact]
    public async Task A_leader_gets_a_secret_calendar_address_that_a_calendar_app_reads_through_the_gateway_without_a_token()
    {
        using var leader = await system.SignedInClientAsync("gespreksleider@demo.vanbinnenuit.nl");
        // Scheduling knows the demo leader from the registry's event once it has been consumed.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        HttpResponseMessage issued;
        while ((issued = await leader.PutAsync($"/api/scheduling/v1/leaders/{DemoData.LeaderId}/calendar-feed", null)).StatusCode == HttpStatusCode.NotFound
               && DateTime.UtcNow < deadline)
        {
            issued.Dispose();
            await Task.Delay(300);
        }
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var url = new Uri((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        issued.Dispose();
        Assert.StartsWith("/api/scheduling/v1/calendar-feeds/", url.AbsolutePath);
        Assert.Equal(system.Gateway.BaseAddress!.Authority, url.Authority);

        using var feed = await system.Gateway.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.Content.ReadAsStringAsync());
        using var guessed = await system.Gateway.GetAsync("/api/scheduling/v1/calendar-feeds/guessed");
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }
}
