using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// The demo programme's world at 100 times its size, from the demo's own generator and seed: the same
/// communities, leaders and series as the demo, only more of them, in every municipality.
/// </summary>
internal static class BenchmarkWorld
{
    /// <summary>15,000 leaders and 70,000 series over all 342 municipalities, 400 local organisations; no advice requests.</summary>
    public static readonly DemoScale Scale = new(Municipalities: 342, LocalOrganisations: 400, Leaders: 15_000, Series: 70_000, AdviceRequests: 0);

    /// <summary>The world over the municipalities the registry lists (as the demo loader makes it).</summary>
    public static async Task<(DemoWorld World, List<DemoMunicipality> Municipalities)> GenerateAsync(HttpClient coordinator)
    {
        var municipalities = new List<DemoMunicipality>();
        for (var page = 1; ; page++)
        {
            var body = await coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/v1/municipalities?pageSize=100&page={page}");
            var items = body.GetProperty("items").EnumerateArray().ToList();
            municipalities.AddRange(items.Select(m => new DemoMunicipality(m.GetProperty("code").GetString()!, m.GetProperty("name").GetString()!, m.GetProperty("provinceCode").GetString()!)));
            if (items.Count < 100)
            {
                break;
            }
        }
        var world = DemoWorldGenerator.Generate(municipalities, Scale);
        Console.WriteLine($"Demo world at benchmark scale: {world.Communities.Count} communities, {world.Organisations.Count} organisations, {world.Leaders.Count} leaders, {world.Series.Count} series.");
        return (world, municipalities);
    }

    /// <summary>A series' sessions as the instants they are (the world's calendar is in Dutch wall-clock time).</summary>
    public static List<(DateTimeOffset Starts, DateTimeOffset Ends)> Times(DemoSeries series) =>
        [.. series.Sessions.Select(s => (DutchTime.InstantOf(s.Starts), DutchTime.InstantOf(s.Ends)))];
}
