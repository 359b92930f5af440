using System.Globalization;
using System.Text.Json;
using CsvHelper;
using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.DemoProgramme.Tests;

/// <summary>
/// The one generator of the demo world: the same seed always gives the same world, at the programme's
/// size for the demo and browser tests and at a hundred times that for the benchmarks.
/// </summary>
public sealed class DemoWorldGeneratorTests
{
    private static readonly List<DemoMunicipality> Municipalities = ReadMunicipalities();

    [Fact]
    public void The_same_seed_gives_the_same_world_and_another_seed_another()
    {
        var first = Json(DemoWorldGenerator.Generate(Municipalities, DemoScale.Programme));
        // The registry may list its municipalities in any order: the world does not depend on it.
        var again = Json(DemoWorldGenerator.Generate([.. Enumerable.Reverse(Municipalities)], DemoScale.Programme));
        var other = Json(DemoWorldGenerator.Generate(Municipalities, DemoScale.Programme, seed: 7));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_programme_s_world_has_the_sizes_the_demo_shows()
    {
        var world = DemoWorldGenerator.Generate(Municipalities, DemoScale.Programme);

        Assert.InRange(world.Communities.Count, 35, 45);
        Assert.Equal(100, world.Organisations.Count(o => o.Kind is "migrant-self-organisation" or "refugee-organisation"));
        Assert.Equal(150, world.Leaders.Count);
        Assert.Equal(700, world.Series.Count);
        Assert.InRange(world.Series.Select(s => s.MunicipalityCode).Distinct().Count(), 90, 130);
        Assert.Equal(60, world.AdviceRequests.Count);
        Assert.InRange(world.AdviceRequests.Select(r => r.MunicipalityCode).Distinct().Count(), 25, 35);
        AssertConsistent(world);
    }

    [Fact]
    public void The_benchmarks_world_is_the_same_generator_at_a_hundred_times_the_size()
    {
        var scale = new DemoScale(Municipalities: 342, LocalOrganisations: 400, Leaders: 15_000, Series: 70_000, AdviceRequests: 0);
        var world = DemoWorldGenerator.Generate(Municipalities, scale);

        Assert.Equal(15_000, world.Leaders.Count);
        Assert.Equal(70_000, world.Series.Count);
        Assert.Equal(400, world.Organisations.Count(o => o.Kind is "migrant-self-organisation" or "refugee-organisation"));
        Assert.Empty(world.AdviceRequests);
        AssertConsistent(world);
    }

    /// <summary>
    /// What the loaders rely on: unique addresses and names (a restart finds items by them), every name
    /// that is referred to exists, every series lies in a municipality where its community lives and
    /// is planned around a leader of that community.
    /// </summary>
    private static void AssertConsistent(DemoWorld world)
    {
        var known = Municipalities.Select(m => m.Code).ToHashSet();
        var communities = world.Communities.ToDictionary(c => c.Name);
        var leaders = world.Leaders.ToDictionary(l => l.Email);
        Assert.Equal(world.Organisations.Count, world.Organisations.Select(o => o.Name).Distinct().Count());
        Assert.All(world.Communities, c => Assert.Subset(known, c.MunicipalityCodes.ToHashSet()));
        Assert.All(world.Organisations, o => Assert.All(o.CommunityNames, name => Assert.Contains(name, communities.Keys)));
        Assert.All(world.Leaders, l =>
        {
            Assert.All(l.CommunityNames, name => Assert.Contains(name, communities.Keys));
            Assert.Contains(l.HomeMunicipalityCode, known);
            Assert.NotEmpty(l.Availability);
        });
        Assert.All(world.Series, s =>
        {
            Assert.Contains(s.MunicipalityCode, communities[s.CommunityName].MunicipalityCodes);
            Assert.Contains(s.CommunityName, leaders[s.IntendedLeaderEmail].CommunityNames);
            Assert.Equal(3, s.Sessions.Count);
            Assert.True(s.Sessions[0].Starts < s.Sessions[1].Starts && s.Sessions[1].Starts < s.Sessions[2].Starts);
        });
    }

    private static List<DemoMunicipality> ReadMunicipalities()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "municipalities-2025.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var municipalities = new List<DemoMunicipality>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            municipalities.Add(new DemoMunicipality(csv.GetField("code")!, csv.GetField("name")!, csv.GetField("province_code")!));
        }
        return municipalities;
    }

    private static string Json(DemoWorld world) => JsonSerializer.Serialize(world, new JsonSerializerOptions { IncludeFields = true });
}
