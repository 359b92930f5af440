using System.Diagnostics;
using VanBinnenuit.DemoProgramme.Generation;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// What a coordinator does when planning a series: filtered, paged leader searches, each kind of
/// filter alone and combined, from a few concurrent users. Each request is timed end to end.
/// </summary>
internal sealed class LeaderSearchLoad(HttpClient coordinator, RegistrySeed seed, IReadOnlyList<DemoMunicipality> municipalities)
{
    private static readonly string[] Shapes =
        ["language", "topic", "community", "municipality", "province", "name", "combined", "page-50", "org-municipality", "org-community"];

    public async Task<Dictionary<string, List<double>>> RunAsync(int requests, int concurrency)
    {
        var random = new Random(7);
        var queries = Enumerable.Range(0, requests).Select(i => Query(Shapes[i % Shapes.Length], random)).ToList();
        // Warm-up: connection pools, JIT and PostgreSQL's caches.
        foreach (var (_, path) in queries.Take(100))
        {
            using var warm = await coordinator.GetAsync(path);
        }
        var timings = Shapes.ToDictionary(s => s, _ => new List<double>());
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < queries.Count)
            {
                var (shape, path) = queries[index];
                var watch = Stopwatch.StartNew();
                using var response = await coordinator.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                lock (timings)
                {
                    timings[shape].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }));
        return timings;
    }

    private (string Shape, string Path) Query(string shape, Random random)
    {
        const string leaders = "/api/registry/v1/leaders?pageSize=20";
        var municipality = municipalities[random.Next(municipalities.Count)].Code;
        var communities = seed.Communities;
        return (shape, shape switch
        {
            "language" => $"{leaders}&language={Pick(seed.Languages, random)}",
            "topic" => $"{leaders}&topic={Pick(seed.Topics, random)}",
            "community" => $"{leaders}&community={communities[random.Next(communities.Count)].Id}",
            "municipality" => $"{leaders}&municipality={municipality}",
            "province" => $"{leaders}&province=PV{random.Next(20, 32)}",
            // The first letters of a surname, as someone types it.
            "name" => $"{leaders}&name={Uri.EscapeDataString(Pick(seed.Surnames, random)[..3])}",
            "combined" => $"{leaders}&language={Pick(seed.Languages, random)}&topic={Pick(seed.Topics, random)}&province=PV{random.Next(20, 32)}&active=true",
            "page-50" => $"{leaders}&page=50&language={Pick(seed.Languages, random)}",
            "org-municipality" => $"/api/registry/v1/organisations?pageSize=20&municipality={municipality}",
            _ => $"/api/registry/v1/organisations?pageSize=20&community={communities[random.Next(communities.Count)].Id}",
        });
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
