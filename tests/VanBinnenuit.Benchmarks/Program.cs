using VanBinnenuit.Benchmarks;

// Every mode starts from the demo programme's world at 100 times its size (BenchmarkWorld):
// `registry` (default): filtered leader search over its 15,000 leaders and 416 organisations, with the
// registry's indexes and without them. `scheduling`: leader proposals over those leaders with 100,000
// of the world's sessions booked, and booking throughput with conflict checks. `monitoring`: indicators
// over its 70,000 series and their reports against a naive recomputation. `pages`: the web's planning
// pages with the demo programme itself, in Chromium. `system`: the whole system measured from outside
// (issue 22): start, page reads direct and through the gateway, event propagation, memory. See README ("Benchmarks").
var mode = args.FirstOrDefault() ?? "registry";
if (mode == "system")
{
    await SystemMode.RunAsync(connections: 16, readLength: TimeSpan.FromSeconds(10), commandsPerSecond: 100, loadLength: TimeSpan.FromSeconds(60));
    return;
}
if (mode == "pages")
{
    // `pages`: the coordinator's planning list, calendar, start page and search with the demo programme (its own size), 20 loads each.
    await using var demo = new PageLoadSystem();
    await demo.InitializeAsync();
    Console.WriteLine($"{Environment.ProcessorCount} cores");
    var loads = await demo.LoadAsync(new Dictionary<string, string>
    {
        ["planning list"] = "/bijeenkomsten",
        ["planning, by leader"] = "/bijeenkomsten?sorteer=leader&doelgroep=women",
        ["month calendar"] = "/bijeenkomsten/kalender?maand=2027-03",
        ["start page"] = "/",
        // Six services' searches at once behind one page view.
        ["search"] = "/zoeken?q=syr",
    }, loads: 20);
    Report.Print("Page loads with the demo programme (request to load event, coordinator)", loads, secondPercentile: 95);
    return;
}
await using var system = new BenchmarkSystem();
await system.InitializeAsync();
Console.WriteLine($"{Environment.ProcessorCount} cores");
// One world for every mode: the demo programme's, from its own generator, at 100 times its size.
var (world, municipalities) = await BenchmarkWorld.GenerateAsync(system.Coordinator);

if (mode == "monitoring")
{
    // `monitoring`: indicator queries over the world's series and reports, against a naive full recomputation.
    var monitoring = new MonitoringLoad(system, world);
    await monitoring.SeedAsync();
    await monitoring.CheckExactAsync();
    var served = await monitoring.ServiceAsync(new Dictionary<string, string>
    {
        // The questions timed before the cell key method (three years, exact): now with key sums and a line in the log of exact answers.
        ["overview, exact"] = $"/api/monitoring/v1/indicators/overview?{MonitoringLoad.Period}&unsuppressed=true",
        ["per municipality, exact"] = $"/api/monitoring/v1/indicators/breakdown?by=municipality&per=month&{MonitoringLoad.Period}&unsuppressed=true",
        // Protected figures (cell key method) over the grid, as officers, advisors and exports get them.
        ["overview"] = $"/api/monitoring/v1/indicators/overview?{MonitoringLoad.GridPeriod}",
        ["per municipality"] = $"/api/monitoring/v1/indicators/breakdown?by=municipality&per=month&{MonitoringLoad.GridPeriod}",
        ["per community, one municipality"] = $"/api/monitoring/v1/indicators/breakdown?by=community&per=month&municipality=GM0363&{MonitoringLoad.GridPeriod}",
        // A coordinator's exact figures over free dates not starting on the 1st cannot use the monthly rollup: counted from the reports.
        ["per municipality, exact, recounted"] = "/api/monitoring/v1/indicators/breakdown?by=municipality&per=month&from=2023-12-31&until=2026-12-31&unsuppressed=true",
        ["coverage gaps"] = "/api/monitoring/v1/indicators/coverage-gaps",
    }, requests: 200, concurrency: 1);
    Report.Print($"Monitoring's indicators through the gateway ({monitoring.Written.Series:N0} series, {monitoring.Written.Reports:N0} report versions)", served);
    var naive = await monitoring.NaiveAsync(runs: 20);
    Report.Print("Baseline: naive full recomputation (every row read, figures in memory)", naive);
    Report.Ratio(served, naive);
    return;
}

var seed = new RegistrySeed(system, world);
await seed.ImportAsync();

if (mode == "scheduling")
{
    var load = new SchedulingLoad(system, seed, world);
    var booked = await load.BookSessionsAsync(100_000);
    // 120 series: ten begin on each of twelve evenings, so the best leaders are wanted more than once.
    var series = await load.SeriesAsync(evenings: 12, perEvening: 10);
    Report.Print($"Leader proposals ({world.Leaders.Count:N0} leaders ranked, {booked:N0} sessions booked)", new() { ["proposals"] = await load.ProposalsAsync(series, 200) });
    var (timings, assigned, refused, perSecond) = await load.BookAsync(series, concurrency: 4);
    Report.Print($"Booking with conflict checks: {assigned} booked, {refused} refused, {perSecond:0.0} bookings/s from 4 clients", new() { ["assign leader"] = timings });
    return;
}

var search = new LeaderSearchLoad(system.Coordinator, seed, municipalities);
var indexed = await search.RunAsync(3_000, concurrency: 4);
Report.Print($"With the registry's indexes ({Environment.ProcessorCount} cores)", indexed);

await seed.DropSearchIndexesAsync();
var unindexed = await search.RunAsync(3_000, concurrency: 4);
Report.Print("Baseline: the same searches without the search indexes", unindexed);
Report.Ratio(indexed, unindexed);
