using System.Globalization;
using VanBinnenuit.Faults;

// The full fault run (README, "Faults survived, counted"): the whole system, a steady mixed workload through
// the gateway, and every fault on schedule. `--rate 100 --minutes 10` are the defaults; ./scripts/faults.sh
// builds Release and runs it as root (the network cut needs nftables).
var rate = Option("--rate", 100);
var minutes = Option("--minutes", 10.0);
// --smoke: the short run of ./test.sh instead (with series unless --no-series), to look into what it finds.
var plan = args.Contains("--smoke") ? FaultPlan.Smoke(series: !args.Contains("--no-series")) : FaultPlan.Full(rate, TimeSpan.FromMinutes(minutes));
// --faults ServiceKilled,DatabaseKilled: only those of the plan's faults, at their usual moments.
if (Array.IndexOf(args, "--faults") is var f and >= 0 && f + 1 < args.Length)
{
    var only = args[f + 1].Split(',').Select(Enum.Parse<FaultKind>).ToHashSet();
    plan = plan with { Schedule = [.. plan.Schedule.Where(s => only.Contains(s.Fault))] };
}

await using var system = new FaultSystem();
await system.InitializeAsync();
var report = await new FaultRun(system).RunAsync(plan, Console.Out);
Console.WriteLine();
Console.WriteLine(report);
return report.Effects.Lost == 0 && report.Effects.Doubled == 0 && report.UndocumentedServerErrors == 0 && report.OutboxBacklog == 0
    && !report.UnexpectedErrorQueues.Any() && report.PoisonSetAside ? 0 : 1;

T Option<T>(string name, T fallback) where T : IParsable<T> =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? T.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
