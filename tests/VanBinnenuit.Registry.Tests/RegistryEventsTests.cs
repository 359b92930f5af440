using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Registry.Data;

namespace VanBinnenuit.Registry.Tests;

/// <summary>Every create, change and deactivation puts exactly one event with the new state in the outbox; a refused write puts none.</summary>
[Collection(RegistryCollection.Name)]
public sealed class RegistryEventsTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_events");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>The events in the outbox about this entry, oldest first.</summary>
    private async Task<List<(string Type, JsonElement Body)>> EventsAboutAsync(Guid id)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var messages = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => !m.MessageType.EndsWith("MunicipalityRegistered")).OrderBy(m => m.Id).ToListAsync();
        return [.. messages.Where(m => m.Body.Contains(id.ToString(), StringComparison.Ordinal))
            .Select(m => (m.MessageType.Split('.').Last(), JsonDocument.Parse(m.Body).RootElement))];
    }

    [Fact]
    public async Task A_leaders_life_is_told_in_one_event_per_change()
    {
        var (id, etag) = await _coordinator.CreateAsync("/v1/leaders", Samples.Leader("Verhaal"));
        using var update = await _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Verhaal 2"), etag);
        using var stale = await _coordinator.PutAsync($"/v1/leaders/{id}", Samples.Leader("Verhaal 3"), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var availability = await _coordinator.PutAsync($"/v1/leaders/{id}/availability", new JsonObject
        {
            ["availability"] = new JsonArray(new JsonObject { ["day"] = "friday", ["from"] = "19:00", ["to"] = "21:00" }),
            ["absences"] = new JsonArray(),
        }, update.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        using var deactivation = await _coordinator.PostAsJsonAsync($"/v1/leaders/{id}/deactivation", new { reason = "Verhuisd" });

        var events = await EventsAboutAsync(id);
        Assert.Equal([nameof(LeaderRegistered), nameof(LeaderChanged), nameof(LeaderChanged), nameof(LeaderDeactivated)], events.Select(e => e.Type));
        Assert.Equal("Verhaal", events[0].Body.GetProperty("leader").GetProperty("displayName").GetString());
        Assert.Equal("Verhaal 2", events[1].Body.GetProperty("leader").GetProperty("displayName").GetString());
        var scheduling = events[2].Body.GetProperty("leader");
        Assert.Equal(5, scheduling.GetProperty("availability")[0].GetProperty("day").GetInt32());
        Assert.Equal(6, scheduling.GetProperty("maxSessionsPerMonth").GetInt32());
        Assert.Equal("lgbt-acceptance", scheduling.GetProperty("topicCodes")[0].GetString());
        Assert.Equal("native", scheduling.GetProperty("languages")[0].GetProperty("proficiency").GetString());
        Assert.False(events[3].Body.GetProperty("leader").GetProperty("active").GetBoolean());
        Assert.Equal("Verhuisd", events[3].Body.GetProperty("leader").GetProperty("inactiveReason").GetString());
        // Contact details stay in the registry.
        Assert.All(events, e => Assert.False(e.Body.GetProperty("leader").TryGetProperty("email", out _)));
    }

    [Fact]
    public async Task Communities_and_organisations_announce_registration_change_and_deactivation()
    {
        var (community, communityTag) = await _coordinator.CreateAsync("/v1/communities", Samples.Community("Gebeurtenis", "GM0363"));
        using var renamed = await _coordinator.PutAsync($"/v1/communities/{community}", Samples.Community("Gebeurtenis 2", "GM0363", "GM0599"), communityTag);
        var (organisation, _) = await _coordinator.CreateAsync("/v1/organisations", Samples.Organisation("Gebeurtenis", community, "GM0363"));
        using var deactivated = await _coordinator.PostAsJsonAsync($"/v1/organisations/{organisation}/deactivation", new { reason = "Opgeheven" });

        var communityEvents = await EventsAboutAsync(community);
        // The organisation's events name the community it serves, so they are about it too.
        Assert.Equal([nameof(CommunityRegistered), nameof(CommunityChanged), nameof(OrganisationRegistered), nameof(OrganisationChanged)], communityEvents.Select(e => e.Type));
        Assert.Equal(["GM0363", "GM0599"], communityEvents[1].Body.GetProperty("community").GetProperty("municipalityCodes").EnumerateArray().Select(c => c.GetString()));
        var organisationEvents = await EventsAboutAsync(organisation);
        Assert.Equal([nameof(OrganisationRegistered), nameof(OrganisationChanged)], organisationEvents.Select(e => e.Type));
        Assert.False(organisationEvents[1].Body.GetProperty("organisation").GetProperty("active").GetBoolean());
        Assert.Equal("migrant-self-organisation", organisationEvents[1].Body.GetProperty("organisation").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_municipalitys_new_validity_is_announced_once_and_its_contact_persons_never()
    {
        using var read = await _coordinator.GetAsync("/v1/municipalities/GM0534");
        using var contacts = await _coordinator.PutAsync("/v1/municipalities/GM0534/contact-persons",
            new JsonObject { ["contactPersons"] = new JsonArray(new JsonObject { ["name"] = "Geheim Contact", ["email"] = "geheim@gemeente.nl" }) },
            read.Headers.ETag!.Tag);
        using var validity = await _coordinator.PutAsync("/v1/municipalities/GM0534/validity",
            new JsonObject { ["validTo"] = "2027-12-31", ["successorCodes"] = new JsonArray("GM0599") }, contacts.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, validity.StatusCode);

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var messages = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.MessageType.EndsWith("Changed")).ToListAsync())
            .Where(m => m.Body.Contains("GM0534", StringComparison.Ordinal)).ToList();
        var changed = Assert.Single(messages);
        Assert.EndsWith(nameof(MunicipalityChanged), changed.MessageType);
        Assert.Contains("2027-12-31", changed.Body);
        Assert.DoesNotContain("geheim", changed.Body);
    }

    [Fact]
    public async Task A_refused_write_announces_nothing()
    {
        var (id, _) = await _coordinator.CreateAsync("/v1/communities", Samples.Community("Geweigerd"));
        var bad = Samples.Community("Geweigerd");
        bad["languages"] = new JsonArray("xx");
        using var response = await _coordinator.PutAsync($"/v1/communities/{id}", bad, "*");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await EventsAboutAsync(id));
    }
}
