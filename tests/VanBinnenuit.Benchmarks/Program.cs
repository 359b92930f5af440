using VanBinnenuit.Benchmarks;

// Filtered leader search over 15,000 leaders and 400 organisations (100× the programme), through
// the gateway, with the registry's indexes and then without them. Run: see README ("Benchmarks").
var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3_000;
await using var system = new BenchmarkSystem();
await system.InitializeAsync();

var seed = new RegistrySeed(system);
await seed.ImportAsync(leaders: 15_000, organisations: 400);

var search = new LeaderSearchLoad(system.Coordinator, seed.Communities);
var indexed = await search.RunAsync(requests, concurrency: 4);
Report.Print($"With the registry's indexes ({Environment.ProcessorCount} cores)", indexed);

await seed.DropSearchIndexesAsync();
var unindexed = await search.RunAsync(requests, concurrency: 4);
Report.Print("Baseline: the same searches without the search indexes", unindexed);
Report.Ratio(indexed, unindexed);
