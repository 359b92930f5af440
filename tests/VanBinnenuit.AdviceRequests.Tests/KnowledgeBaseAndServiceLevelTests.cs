using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

[Collection(AdviceRequestsCollection.Name)]
public sealed class KnowledgeBaseAndServiceLevelTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private AdviceRequestsApiFactory _factory = null!;

    // Acknowledge "within 0 working days": a request submitted today is due today, so it needs attention at once.
    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_knowledge",
        new Dictionary<string, string> { ["AdviceRequests:ServiceLevels:AcknowledgeWorkingDays"] = "0" });

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_knowledge_base_starts_as_the_guides_frame_of_marked_placeholders()
    {
        using var advisor = _factory.Advisor();
        var entries = (await GetAsync(advisor, "/v1/knowledge-base")).EnumerateArray().ToList();
        var kinds = entries.GroupBy(e => e.GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(4, kinds["step"]);
        Assert.Equal(3, kinds["role"]);
        Assert.True(kinds["pitfall"] >= 1 && kinds["good-example"] >= 1);
        Assert.All(entries.Where(e => e.GetProperty("isPlaceholder").GetBoolean()), e =>
        {
            Assert.Contains("[plaatshouder]", e.GetProperty("title").GetString());
            Assert.StartsWith("[Plaatshouder]", e.GetProperty("body").GetString());
        });
    }

    [Fact]
    public async Task An_entry_is_read_with_its_version_and_an_edit_from_an_older_version_is_refused()
    {
        using var coordinator = _factory.Coordinator();
        var role = Guid.Parse("01930000-0000-7000-8000-00000000b005");
        using var read = await coordinator.GetAsync($"/v1/knowledge-base/{role}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var version = read.Headers.ETag!.ToString();
        Assert.Equal(role, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        using var first = await SendAsync(coordinator, HttpMethod.Put, $"/v1/knowledge-base/{role}", new { title = "Rol 2", body = "Eerste tekst." }, version);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var stale = await SendAsync(coordinator, HttpMethod.Put, $"/v1/knowledge-base/{role}", new { title = "Rol 2", body = "Tweede tekst." }, version);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        using var missing = await coordinator.GetAsync($"/v1/knowledge-base/{Guid.NewGuid()}");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_coordinator_writes_the_real_text_and_adds_pitfalls_but_not_steps()
    {
        using var coordinator = _factory.Coordinator();
        var step = Guid.Parse("01930000-0000-7000-8000-00000000b003");
        using var edited = await SendAsync(coordinator, HttpMethod.Put, $"/v1/knowledge-base/{step}", new { title = "Stap 3", body = "Tekst van de alliantie.", number = 9 });
        var entry = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((false, 3, "Stap 3"), (entry.GetProperty("isPlaceholder").GetBoolean(), entry.GetProperty("number").GetInt32(), entry.GetProperty("title").GetString()));

        using var pitfall = await coordinator.PostAsJsonAsync("/v1/knowledge-base", new { kind = "pitfall", title = "Alleen de voorzitter spreken", body = "Tekst." });
        Assert.Equal(HttpStatusCode.Created, pitfall.StatusCode);
        using var extraStep = await coordinator.PostAsJsonAsync("/v1/knowledge-base", new { kind = "step", title = "Stap 5", body = "Tekst." });
        Assert.Equal(["kind"], await extraStep.AssertProblemAsync(HttpStatusCode.BadRequest));
        using var advisor = _factory.Advisor();
        using var byAdvisor = await SendAsync(advisor, HttpMethod.Put, $"/v1/knowledge-base/{step}", new { title = "X", body = "Y" });
        await byAdvisor.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Requests_not_acknowledged_in_time_are_on_the_advisors_list_until_triaged()
    {
        using var officer = _factory.Officer();
        using var advisor = _factory.Advisor();
        var waiting = await SubmitAsync(officer);
        var triaged = await SubmitAsync(officer);
        await OkAsync(MoveAsync(advisor, triaged, new { action = "triage" }));

        var list = (await GetAsync(advisor, "/v1/service-levels/attention")).EnumerateArray().ToList();
        var ids = list.Select(r => r.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(waiting, ids);
        Assert.DoesNotContain(triaged, ids);
        var level = list.Single(r => r.GetProperty("id").GetGuid() == waiting).GetProperty("serviceLevel");
        Assert.Equal("at-risk", level.GetProperty("state").GetString());
        using var byOfficer = await officer.GetAsync("/v1/service-levels/attention");
        await byOfficer.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
