using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Scheduling.Tests;

[Collection(SchedulingCollection.Name)]
public sealed class KnowledgeMeetingsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SchedulingApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await SchedulingApiFactory.StartAsync(infrastructure, "scheduling_knowledge");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<Guid> MeetingAsync(int capacity)
    {
        using var response = await _coordinator.PostAsJsonAsync("/v1/knowledge-meetings", new
        {
            title = "Kennismiddag: samenwerken met migrantenorganisaties", startsAt = "2027-05-20T13:30", endsAt = "2027-05-20T17:00", place = "Utrecht", capacity,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
    }

    private HttpClient Officer(string municipality = "GM0363") => _factory.ClientFor(Roles.MunicipalOfficer, municipality: municipality);

    private static async Task<JsonNode> AnswerAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [Fact]
    public async Task Officers_register_once_beyond_the_seats_they_wait_and_a_cancellation_moves_the_first_waiting_up()
    {
        var id = await MeetingAsync(capacity: 2);
        var (first, second, third, fourth) = (Officer(), Officer("GM0599"), Officer(), Officer("GM0014"));
        Assert.Equal("seat", (await AnswerAsync(await first.PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null)))["myRegistration"]!.GetValue<string>());
        Assert.Equal("seat", (await AnswerAsync(await second.PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null)))["myRegistration"]!.GetValue<string>());
        var waiting = await AnswerAsync(await third.PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null));
        Assert.Equal(("waiting", 1), (waiting["myRegistration"]!.GetValue<string>(), waiting["myWaitingPosition"]!.GetValue<int>()));
        await AnswerAsync(await fourth.PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null));

        using var twice = await first.PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict);

        await AnswerAsync(await first.DeleteAsync($"/v1/knowledge-meetings/{id}/registrations/mine"));
        var meetings = await third.GetFromJsonAsync<JsonArray>("/v1/knowledge-meetings");
        var moved = meetings!.Single(m => m!["id"]!.GetValue<Guid>() == id)!;
        Assert.Equal("seat", moved["myRegistration"]!.GetValue<string>());
        Assert.Equal((2, 1), (moved["seated"]!.GetValue<int>(), moved["waiting"]!.GetValue<int>()));

        var registrations = await _coordinator.GetFromJsonAsync<JsonArray>($"/v1/knowledge-meetings/{id}/registrations");
        Assert.Equal(["seat", "seat", "waiting"], registrations!.Select(r => r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Officers_registering_for_the_last_seat_at_the_same_moment_get_one_seat_and_one_waiting_place()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var id = await MeetingAsync(capacity: 1);
            var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
                (await AnswerAsync(await Officer().PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null)))["myRegistration"]!.GetValue<string>()));
            Assert.Equal(["seat", "waiting"], answers.Order());
        }
    }

    [Fact]
    public async Task The_organiser_enters_a_registration_received_by_mail_in_line_with_the_others_once_per_address()
    {
        var id = await MeetingAsync(capacity: 1);
        await AnswerAsync(await Officer().PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null));
        var entered = await AnswerAsync(await _coordinator.PostAsJsonAsync($"/v1/knowledge-meetings/{id}/registrations",
            new { name = "Ilse de Boer", email = "Ilse.deBoer@example.org", municipalityCode = "gm0014" }));
        Assert.Equal((1, 1), (entered["seated"]!.GetValue<int>(), entered["waiting"]!.GetValue<int>()));

        using var again = await _coordinator.PostAsJsonAsync($"/v1/knowledge-meetings/{id}/registrations",
            new { name = "I. de Boer", email = " ilse.deboer@EXAMPLE.org", municipalityCode = "GM0014" });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);

        var registrations = await _coordinator.GetFromJsonAsync<JsonArray>($"/v1/knowledge-meetings/{id}/registrations");
        var last = registrations!.Last()!;
        Assert.Equal(("Ilse de Boer", "GM0014", "waiting"), (last["name"]!.GetValue<string>(), last["municipalityCode"]!.GetValue<string>(), last["status"]!.GetValue<string>()));
        // The address is the key that keeps a registration once; it is not kept or shown.
        Assert.DoesNotContain("example.org", registrations!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_entered_registration_names_every_missing_or_wrong_field()
    {
        var id = await MeetingAsync(capacity: 5);
        using var response = await _coordinator.PostAsJsonAsync($"/v1/knowledge-meetings/{id}/registrations", new { email = "geen-adres", municipalityCode = "0363" });
        Assert.Equal(["email", "municipalityCode", "name"], (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).Order());
        using var unknown = await _coordinator.PostAsJsonAsync($"/v1/knowledge-meetings/{Guid.NewGuid()}/registrations", new { name = "A", email = "a@example.org", municipalityCode = "GM0363" });
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_municipal_officers_register()
    {
        var id = await MeetingAsync(capacity: 10);
        using var response = await _factory.ClientFor(Roles.Advisor).PutAsync($"/v1/knowledge-meetings/{id}/registrations/mine", null);
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
