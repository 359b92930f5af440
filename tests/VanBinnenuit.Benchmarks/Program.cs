using VanBinnenuit.Benchmarks;

// `registry` (default): filtered leader search over 15,000 leaders and 400 organisations, with the
// registry's indexes and without them. `scheduling`: leader proposals over those 15,000 leaders with
// 100,000 sessions booked, and booking throughput with conflict checks. See README ("Benchmarks").
var mode = args.FirstOrDefault() ?? "registry";
await using var system = new BenchmarkSystem();
await system.InitializeAsync();

var seed = new RegistrySeed(system);
await seed.ImportAsync(leaders: 15_000, organisations: 400);
Console.WriteLine($"{Environment.ProcessorCount} cores");

if (mode == "scheduling")
{
    var load = new SchedulingLoad(system, seed);
    await load.BookSessionsAsync(100_000);
    var series = new List<Guid>();
    for (var i = 0; i < 120; i++)
    {
        // 120 series over 12 weeks: ten share each week, so the best leaders are wanted twice.
        series.Add(await load.SeriesAsync(week: 30 + i % 12));
    }
    Report.Print("Leader proposals (15,000 leaders ranked, 100,000 sessions booked)", new() { ["proposals"] = await load.ProposalsAsync(series, 200) });
    var (timings, booked, refused, perSecond) = await load.BookAsync(series, concurrency: 4);
    Report.Print($"Booking with conflict checks: {booked} booked, {refused} refused, {perSecond:0.0} bookings/s from 4 clients", new() { ["assign leader"] = timings });
    return;
}

var search = new LeaderSearchLoad(system.Coordinator, seed.Communities);
var indexed = await search.RunAsync(3_000, concurrency: 4);
Report.Print($"With the registry's indexes ({Environment.ProcessorCount} cores)", indexed);

await seed.DropSearchIndexesAsync();
var unindexed = await search.RunAsync(3_000, concurrency: 4);
Report.Print("Baseline: the same searches without the search indexes", unindexed);
Report.Ratio(indexed, unindexed);
