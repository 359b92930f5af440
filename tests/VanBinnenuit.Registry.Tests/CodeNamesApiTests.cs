using System.Net.Http.Json;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

/// <summary>Words, not codes: the registry names every code it gives out in Dutch, the catalogues as they are named now.</summary>
[Collection(RegistryCollection.Name)]
public sealed class CodeNamesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        var database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "registry_code_names");
        _factory = new RegistryApiFactory(database, await infrastructure.FreshBrokerAsync("registry_code_names"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Languages_and_countries_have_their_Dutch_names_and_every_code_the_registry_accepts_has_one()
    {
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, municipality: "GM0363");
        var names = (await officer.GetFromJsonAsync<CodeNamesResponse>("/v1/code-names"))!;
        var languages = names.Languages.ToDictionary(l => l.Code, l => l.Name);
        var countries = names.Countries.ToDictionary(c => c.Code, c => c.Name);

        Assert.Equal("Arabisch", languages["ar"]);
        Assert.Equal("Somalisch", languages["so"]);
        Assert.Equal("Perzisch", languages["fa"]);
        Assert.Equal("Dari", languages["prs"]);
        Assert.Equal("Papiaments", languages["pap"]);
        // ICU has no Dutch name for most of the 7,900 ISO 639-3 languages: the ISO table's own name stands in.
        Assert.Equal("Ghotuo", languages["aaa"]);
        Assert.Equal("Syrië", countries["SY"]);
        Assert.Equal("Marokko", countries["MA"]);
        Assert.Equal("Turkije", countries["TR"]);
        Assert.Equal("Curaçao", countries["CW"]);
        Assert.Equal("Eritrea", countries["ER"]);

        Assert.All(names.Languages, l => Assert.True(IsoCodeTables.Standard.TryLanguage(l.Code, out var stored) && stored == l.Code, l.Code));
        Assert.All(IsoCodeTables.Standard.LanguageNames, l => Assert.Contains(l.Code, languages.Keys));
        Assert.All(IsoCodeTables.Standard.CountryNames, c => Assert.False(string.IsNullOrWhiteSpace(countries[c.Code])));
        // In the order a Dutch reader looks for them.
        var order = names.Countries.Select(c => c.Code).ToList();
        Assert.True(order.IndexOf("US") < order.IndexOf("SE"), "Verenigde Staten comes before Zweden");
    }

    [Fact]
    public async Task Topics_and_approach_routes_carry_the_catalogues_names_as_a_coordinator_renamed_them()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        using var rename = new HttpRequestMessage(HttpMethod.Put, "/v1/topics/clothing") { Content = JsonContent.Create(new { name = "Kleding en uiterlijk" }) };
        rename.Headers.TryAddWithoutValidation("If-Match", "*");
        (await coordinator.SendAsync(rename)).EnsureSuccessStatusCode();

        var names = (await _factory.ClientFor(Roles.Leader, leaderId: "L-1").GetFromJsonAsync<CodeNamesResponse>("/v1/code-names"))!;

        Assert.Contains(names.Topics, t => t.Code == "clothing" && t.Name == "Kleding en uiterlijk");
        Assert.Equal(StartingCatalogues.Entries.Where(e => e.Catalogue == Catalogue.Topic).Select(e => e.Code).Order(), names.Topics.Select(t => t.Code));
        Assert.Equal(StartingCatalogues.Entries.Where(e => e.Catalogue == Catalogue.ApproachRoute).Select(e => e.Code).Order(), names.ApproachRoutes.Select(r => r.Code));
    }
}
