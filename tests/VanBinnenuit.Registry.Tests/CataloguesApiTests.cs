using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class CataloguesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private RegistryApiFactory _factory = null!;
    private string _database = null!;
    private string _broker = null!;

    public async Task InitializeAsync()
    {
        _database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "registry_catalogues");
        _broker = await infrastructure.FreshBrokerAsync("registry_catalogues");
        _factory = new RegistryApiFactory(_database, _broker);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/v1/topics", Catalogue.Topic)]
    [InlineData("/v1/approach-routes", Catalogue.ApproachRoute)]
    public async Task A_catalogue_lists_its_starting_entries_by_stable_code(string path, Catalogue catalogue)
    {
        var listed = await _factory.ClientFor(Roles.Leader, leaderId: "L-1").GetFromJsonAsync<CatalogueResponse>(path);
        var expected = StartingCatalogues.Entries.Where(e => e.Catalogue == catalogue).Select(e => e.Code).Order();
        Assert.Equal(expected, listed!.Items.Select(e => e.Code));
        Assert.All(listed.Items, e => Assert.True(e.Active));
    }

    [Fact]
    public async Task Loading_again_adds_nothing_and_keeps_an_edited_name()
    {
        _factory.CreateClient();
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            var entry = await db.CatalogueEntries.SingleAsync(e => e.Catalogue == Catalogue.Topic && e.Code == "clothing");
            entry.Name = "Kleding en uiterlijk";
            await db.SaveChangesAsync();
        }

        await using var restarted = new RegistryApiFactory(_database, _broker);
        var topics = await restarted.ClientFor(Roles.Coordinator).GetFromJsonAsync<CatalogueResponse>("/v1/topics");
        Assert.Equal(StartingCatalogues.Entries.Count(e => e.Catalogue == Catalogue.Topic), topics!.Items.Count);
        Assert.Equal("Kleding en uiterlijk", topics.Items.Single(e => e.Code == "clothing").Name);
    }
}
