using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Contracts.Identity;
using static VanBinnenuit.AdviceRequests.Tests.CaseRequests;

namespace VanBinnenuit.AdviceRequests.Tests;

/// <summary>
/// Names beside ids in the answers: people by the names identity announces (the advisor, the history, the messages,
/// whom to assign), communities and organisations by the registry's.
/// </summary>
[Collection(AdviceRequestsCollection.Name)]
public sealed class NamesInAnswersTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private AdviceRequestsApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await AdviceRequestsApiFactory.StartAsync(infrastructure, "advice_names");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static AccountChanged Announced(Guid id, string name, string role, bool active = true, DateTimeOffset? at = null) => new()
    {
        OccurredAt = at ?? DateTimeOffset.UtcNow,
        Account = new AccountSnapshot { Id = id, DisplayName = name, Role = role, Active = active },
    };

    private Task<JsonElement> AdvisorsWhenAsync(HttpClient client, Func<JsonElement, bool> done) =>
        Polling.UntilAsync(() => client.GetAsync("/v1/advisors"), System.Net.HttpStatusCode.OK, done);

    /// <summary>A name the answer gives, or null where it gives none (the API leaves out what is null).</summary>
    private static string? NameIn(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Lists(JsonElement advisors, Guid id, string name) =>
        advisors.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == id && a.GetProperty("displayName").GetString() == name);

    [Fact]
    public async Task The_advisor_history_and_messages_show_announced_names_and_an_older_announcement_arriving_late_changes_nothing()
    {
        var advisorId = Guid.NewGuid();
        var coordinatorId = Guid.NewGuid();
        var bus = _factory.Services.GetRequiredService<IPublishEndpoint>();
        var first = Announced(advisorId, "Fatma Yılmaz", Roles.Advisor);
        await bus.Publish(first);
        await bus.Publish(Announced(coordinatorId, "Cees de Coördinator", Roles.Coordinator));
        using var coordinator = _factory.ClientFor(Roles.Coordinator, subject: coordinatorId.ToString());
        using var advisor = _factory.ClientFor(Roles.Advisor, subject: advisorId.ToString());
        using var officer = _factory.Officer();
        // Only advisors are offered for assignment, not the coordinator announced beside them.
        var advisors = await AdvisorsWhenAsync(coordinator, list => Lists(list, advisorId, "Fatma Yılmaz"));
        Assert.DoesNotContain(advisors.EnumerateArray(), a => a.GetProperty("id").GetGuid() == coordinatorId);

        var id = await SubmitAsync(officer);
        await OkAsync(MoveAsync(coordinator, id, new { action = "triage" }));
        await OkAsync(MoveAsync(coordinator, id, new { action = "assign", advisorId = advisorId.ToString() }));
        await OkAsync(SendAsync(advisor, HttpMethod.Post, $"/v1/advice-requests/{id}/messages", new { text = "Ik neem contact op." }));

        Assert.Equal("Fatma Yılmaz", NameIn(await GetAsync(officer, $"/v1/advice-requests/{id}"), "assignedAdvisorName"));
        var trail = (await GetAsync(officer, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), NameIn(e, "whoName"))).ToList();
        // The officer was never announced (a token of a test), so the submission names nobody.
        Assert.Equal([("submit", null), ("triage", "Cees de Coördinator"), ("assign", "Cees de Coördinator")], trail);
        var message = Assert.Single((await GetAsync(officer, $"/v1/advice-requests/{id}/messages")).EnumerateArray());
        Assert.Equal("Fatma Yılmaz", NameIn(message, "authorName"));

        // A newer announcement disables the account and renames it; an older one arriving after it is ignored.
        await bus.Publish(Announced(advisorId, "Fatma Yılmaz-de Vries", Roles.Advisor, active: false, at: first.OccurredAt.AddMinutes(1)));
        await AdvisorsWhenAsync(coordinator, list => !list.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == advisorId));
        await bus.Publish(Announced(advisorId, "Oude naam", Roles.Advisor, at: first.OccurredAt.AddSeconds(30)));
        var marker = Guid.NewGuid();
        await bus.Publish(Announced(marker, "Later aangekondigd", Roles.Advisor));
        var after = await AdvisorsWhenAsync(coordinator, list => Lists(list, marker, "Later aangekondigd"));
        Assert.DoesNotContain(after.EnumerateArray(), a => a.GetProperty("id").GetGuid() == advisorId);
        // The disabled advisor's name still stands on the request they were given.
        Assert.Equal("Fatma Yılmaz-de Vries", NameIn(await GetAsync(coordinator, $"/v1/advice-requests/{id}"), "assignedAdvisorName"));
    }

    [Fact]
    public async Task A_request_names_its_communities_and_organisations_as_the_registry_calls_them_in_the_list_too()
    {
        using var officer = _factory.Officer();
        var id = await SubmitAsync(officer);
        var request = await GetAsync(officer, $"/v1/advice-requests/{id}");
        Assert.Equal([(AdviceRequestsApiFactory.Community, "Syrisch")], Parties(request, "communities"));
        Assert.Equal([(AdviceRequestsApiFactory.Organisation, "Stichting")], Parties(request, "organisations"));
        var listed = (await GetAsync(officer, "/v1/advice-requests?pageSize=100")).GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal([(AdviceRequestsApiFactory.Community, "Syrisch")], Parties(listed, "communities"));
    }

    private static List<(Guid, string?)> Parties(JsonElement request, string property) =>
        [.. request.GetProperty(property).EnumerateArray().Select(p => (p.GetProperty("id").GetGuid(), NameIn(p, "name")))];

    [Fact]
    public async Task An_account_nobody_announced_is_shown_without_a_name_not_by_its_id()
    {
        using var advisor = _factory.Advisor();
        var id = await InProgressAsync(_factory);
        var request = await GetAsync(advisor, $"/v1/advice-requests/{id}");
        Assert.Equal(AdviceRequestsApiFactory.AdvisorA, request.GetProperty("assignedAdvisor").GetString());
        Assert.Null(NameIn(request, "assignedAdvisorName"));
        Assert.All((await GetAsync(advisor, $"/v1/advice-requests/{id}/audit-trail")).EnumerateArray(), e => Assert.Null(NameIn(e, "whoName")));
    }
}
