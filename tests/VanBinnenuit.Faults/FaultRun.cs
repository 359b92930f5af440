using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>The kinds of fault, by the name a schedule gives them.</summary>
public enum FaultKind { BrokerKilled, DatabaseKilled, ServiceKilled, PoisonMessage, BrokerNetworkCut }

/// <summary>
/// A run: so many commands a second for so long, with faults at set moments. <paramref name="Series"/> false
/// leaves series planned and reported out of the mix (their places go to knowledge-meeting registrations).
/// </summary>
public sealed record FaultPlan(int CommandsPerSecond, TimeSpan Length, IReadOnlyList<(TimeSpan At, FaultKind Fault)> Schedule, bool Series = true)
{
    /// <summary>Every fault the issue names, spread over the run, the broker killed twice.</summary>
    public static FaultPlan Full(int commandsPerSecond, TimeSpan length) => new(commandsPerSecond, length,
    [
        (length * 0.10, FaultKind.BrokerKilled),
        (length * 0.25, FaultKind.DatabaseKilled),
        (length * 0.40, FaultKind.ServiceKilled),
        (length * 0.55, FaultKind.PoisonMessage),
        (length * 0.65, FaultKind.BrokerNetworkCut),
        (length * 0.80, FaultKind.BrokerKilled),
    ]);

    /// <summary>The short run in ./test.sh: a minute at 20 commands/s, the broker killed, then the database.</summary>
    public static FaultPlan Smoke(bool series) => new(CommandsPerSecond: 20, TimeSpan.FromSeconds(60),
    [
        (TimeSpan.FromSeconds(15), FaultKind.BrokerKilled),
        (TimeSpan.FromSeconds(35), FaultKind.DatabaseKilled),
    ], series);
}

/// <summary>
/// Sets the programme up (a community advice requests can name, knowledge meetings), sends the workload at
/// its rate while the faults happen on schedule, then waits for the system to converge and checks it.
/// </summary>
public sealed class FaultRun(FaultSystem system)
{
    private static readonly TimeSpan ConvergenceLimit = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan NetworkCut = TimeSpan.FromSeconds(10);

    public async Task<FaultReport> RunAsync(FaultPlan plan, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var clients = new Clients(await PersonAsync("coordinator@demo.vanbinnenuit.nl"), await PersonAsync("ambtenaar.amsterdam@demo.vanbinnenuit.nl"),
            await PersonAsync("adviseur@demo.vanbinnenuit.nl"), clock);
        var run = Guid.NewGuid().ToString("N")[..6];
        var ledger = new Ledger();
        var commands = new ProgrammeCommands(clients, await AdviceCommunityAsync(clients.Coordinator, run), await MeetingsAsync(clients.Coordinator, run), run, ledger, plan.Series);
        var check = new EffectCheck(system, ledger);
        var faults = new Faults(system, clock);
        log.WriteLine($"{clock.Elapsed:mm\\:ss} set up; {plan.CommandsPerSecond} commands/s for {plan.Length.TotalSeconds:0} s");

        var start = clock.Elapsed;
        var workload = SendAsync(commands, plan, clock, start);
        var injected = new List<(InjectedFault Fault, Task<TimeSpan?> Converged)>();
        string? poisonedQueue = null;
        foreach (var (at, kind) in plan.Schedule.OrderBy(s => s.At))
        {
            var wait = start + at - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            InjectedFault fault;
            switch (kind)
            {
                case FaultKind.PoisonMessage:
                    (fault, poisonedQueue) = await faults.PoisonAsync();
                    break;
                case FaultKind.BrokerNetworkCut when !await Faults.CanCutNetworkAsync():
                    log.WriteLine($"{clock.Elapsed:mm\\:ss} network cut left out: nft is missing or not allowed here (apt-get install nftables, as root)");
                    continue;
                default:
                    fault = kind switch
                    {
                        FaultKind.BrokerKilled => await faults.KillAsync("RabbitMQ killed", FaultSystem.Broker),
                        FaultKind.DatabaseKilled => await faults.KillAsync("PostgreSQL killed", ResourceNames.Postgres),
                        FaultKind.ServiceKilled => await faults.KillAsync("scheduling killed while consuming", ResourceNames.Scheduling),
                        _ => await faults.CutBrokerNetworkAsync(NetworkCut),
                    };
                    break;
            }
            log.WriteLine($"{clock.Elapsed:mm\\:ss} {fault.Name}: back after {(fault.Recovered - fault.Began).TotalSeconds:0.0} s");
            injected.Add((fault, ConvergedAsync(check, clock, fault)));
        }
        await workload;
        log.WriteLine($"{clock.Elapsed:mm\\:ss} workload done: {ledger.Outcomes.Count} commands");

        var converged = await Task.WhenAll(injected.Select(i => i.Converged));
        var final = await UntilConvergedAsync(check, null, ConvergenceLimit);
        var backlog = await Retrying(check.OutboxBacklogAsync);
        var (errorQueues, waiting) = await Retrying(check.QueuesAsync);
        foreach (var (queue, held) in waiting)
        {
            log.WriteLine($"queue {queue} still holds messages: {held}");
        }
        log.WriteLine($"{clock.Elapsed:mm\\:ss} checked: {final.Expected} effects, {final.Lost} lost, {final.Doubled} doubled");
        foreach (var explained in await Retrying(() => check.ExplainUnheldReportsAsync()))
        {
            log.WriteLine(explained);
        }
        foreach (var (kind, refusal) in ledger.FirstRefusals)
        {
            log.WriteLine($"first refusal of '{kind}': {refusal}");
        }
        foreach (var (kind, error) in ledger.FirstServerErrors)
        {
            log.WriteLine($"first undocumented 5xx of '{kind}': {error}");
        }
        return new FaultReport(plan, [.. ledger.Outcomes], [.. injected.Select((i, n) => (i.Fault, converged[n]))], final, backlog, errorQueues, poisonedQueue);
    }

    private async Task<HttpClient> PersonAsync(string email)
    {
        var client = await system.SignedInClientAsync(email);
        // Past the gateway's own timeout (30 s), so a slow answer is the gateway's 504, not the harness giving up.
        client.Timeout = TimeSpan.FromSeconds(45);
        return client;
    }

    /// <summary>The steady rate: command n is sent at n / rate seconds, whether or not earlier ones have answered.</summary>
    private static async Task SendAsync(ProgrammeCommands commands, FaultPlan plan, Stopwatch clock, TimeSpan start)
    {
        var sent = new List<Task>();
        var interval = TimeSpan.FromSeconds(1.0 / plan.CommandsPerSecond);
        for (long n = 0; clock.Elapsed - start < plan.Length; n++)
        {
            var due = start + (interval * n) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }
            sent.Add(commands.SendAsync(n, clock.Elapsed));
        }
        await Task.WhenAll(sent);
    }

    /// <summary>How long after a fault was over every effect confirmed before it began was in place.</summary>
    private static async Task<TimeSpan?> ConvergedAsync(EffectCheck check, Stopwatch clock, InjectedFault fault)
    {
        var effects = await UntilConvergedAsync(check, fault.Began, ConvergenceLimit);
        return effects.Lost == 0 ? TimeSpan.FromTicks(Math.Max(0, (clock.Elapsed - fault.Recovered).Ticks)) : null;
    }

    /// <summary>Checks every second until nothing confirmed before <paramref name="cutoff"/> is missing, or <paramref name="within"/> has passed.</summary>
    private static async Task<Effects> UntilConvergedAsync(EffectCheck check, TimeSpan? cutoff, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var effects = await Retrying(() => check.CheckAsync(cutoff));
            if ((effects.Lost == 0 && effects.Doubled == 0) || waited.Elapsed > within)
            {
                return effects;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Checks read the same servers the faults take away: a failed read is tried again.</summary>
    private static async Task<T> Retrying<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception ex) when (attempt < 60 && ex is NpgsqlException or HttpRequestException or TaskCanceledException or TimeoutException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task<Guid> AdviceCommunityAsync(HttpClient coordinator, string run)
    {
        using var created = await coordinator.PostAsJsonAsync("/api/registry/v1/communities",
            new { name = $"Storing {run} advies", originCountries = new[] { "ER" }, languages = new[] { "ti" }, presence = new[] { new { municipalityCode = "GM0363" } } });
        Assert(created.StatusCode == HttpStatusCode.Created, "the advice requests' community could not be registered");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // Advice requests accept it once the registry's event has arrived there.
        await Polling.UntilTrueAsync(async () =>
            (await system.QueryAsync("advice_requests", "select id from community_references where id = @id", r => r.GetGuid(0), ("id", id))).Count == 1,
            "the advice requests' community reached advice-requests");
        return id;
    }

    private static async Task<List<Guid>> MeetingsAsync(HttpClient coordinator, string run)
    {
        var meetings = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            using var created = await coordinator.PostAsJsonAsync("/api/scheduling/v1/knowledge-meetings", new
            {
                title = $"Kennisbijeenkomst storingsproef {run} {i}", startsAt = $"2027-0{i}-15T19:30", endsAt = $"2027-0{i}-15T21:30", place = "Utrecht", capacity = 1000,
            });
            Assert(created.StatusCode == HttpStatusCode.Created, $"knowledge meeting {i} could not be organised: {await created.Content.ReadAsStringAsync()}");
            meetings.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        return meetings;
    }

    private static void Assert(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"Fault run set-up failed: {what}.");
        }
    }
}
