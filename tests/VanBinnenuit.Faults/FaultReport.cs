using System.Globalization;
using System.Text;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Faults;

/// <summary>What a fault run found, and the table the README and the issue note carry.</summary>
public sealed record FaultReport(
    FaultPlan Plan,
    IReadOnlyList<CommandOutcome> Outcomes,
    IReadOnlyList<(InjectedFault Fault, TimeSpan? ConvergedAfter)> Faults,
    Effects Effects,
    long OutboxBacklog,
    IReadOnlyDictionary<string, long> ErrorQueues,
    string? PoisonErrorQueue)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public int Count(Func<int, bool> status) => Outcomes.Count(o => status(o.Status));

    /// <summary>5xx other than the documented 503 (service or database away) and 504 (no answer within the gateway's timeout).</summary>
    public int UndocumentedServerErrors => Count(s => s >= 500 && s is not 503 and not 504);

    /// <summary>Error queues holding anything but the one poison message the run sent.</summary>
    public IEnumerable<string> UnexpectedErrorQueues => ErrorQueues
        .Where(q => !(q.Key == PoisonErrorQueue && q.Value == 1))
        .Select(q => $"{q.Key} ({q.Value})");

    /// <summary>Whether the poison message, when one was sent, is in its error queue.</summary>
    public bool PoisonSetAside => PoisonErrorQueue is null || ErrorQueues.GetValueOrDefault(PoisonErrorQueue) == 1;

    public override string ToString()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Fault run: {Plan.CommandsPerSecond} commands/s for {Plan.Length.TotalSeconds:0} s, {Environment.ProcessorCount} cores");
        text.AppendLine();
        text.AppendLine("| commands sent | 2xx | 4xx | 5xx (503 / 504 / other) | no answer | effects checked | lost | doubled | outbox backlog after | error queues |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        text.AppendLine(c, $"| {Outcomes.Count} | {Count(s => s is >= 200 and < 300)} | {Count(s => s is >= 400 and < 500)} | {Count(s => s >= 500)} ({Count(s => s == 503)} / {Count(s => s == 504)} / {UndocumentedServerErrors}) | {Count(s => s == 0)} | {Effects.Expected} | {Effects.Lost} | {Effects.Doubled} | {OutboxBacklog} | {(ErrorQueues.Count == 0 ? "none" : string.Join(", ", ErrorQueues.Select(q => $"{q.Key}: {q.Value}")))} |");
        text.AppendLine();
        // A 4xx is mostly a step asked for before the event it needs arrived (a leader scheduling has not heard of yet), tried again later.
        text.AppendLine("| command | sent | 2xx | 4xx | 5xx | p50 / p99 (ms) |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var kind in Outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(c, $"| {kind.Key} | {kind.Count()} | {kind.Count(o => o.Status is >= 200 and < 300)} | {kind.Count(o => o.Status is >= 400 and < 500)} | {kind.Count(o => o.Status >= 500)} | {Latency([.. kind.Where(o => o.Status != 0)])} |");
        }
        text.AppendLine();
        text.AppendLine("| fault | at | back after | converged after | p50 / p99 before (ms) | during | after | 5xx during |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (fault, converged) in Faults)
        {
            var during = In(fault.Began, fault.Recovered);
            text.AppendLine(c, $"| {fault.Name} | {fault.Began.TotalSeconds:0} s | {(fault.Recovered - fault.Began).TotalSeconds:0.0} s | {(converged is { } t ? $"{t.TotalSeconds:0.0} s" : "not within 3 min")} | {Latency(In(fault.Began - Window, fault.Began))} | {Latency(during)} | {Latency(In(fault.Recovered, fault.Recovered + Window))} | {during.Count(o => o.Status >= 500)} |");
        }
        foreach (var example in Effects.Examples)
        {
            text.AppendLine(c, $"- {example}");
        }
        return text.ToString();
    }

    private List<CommandOutcome> In(TimeSpan from, TimeSpan until) => [.. Outcomes.Where(o => o.Status != 0 && o.SentAt >= from && o.SentAt < until)];

    private static string Latency(List<CommandOutcome> outcomes) =>
        outcomes.Count == 0
            ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{Percentiles.Of(outcomes.Select(o => o.Latency.TotalMilliseconds), 50):0} / {Percentiles.Of(outcomes.Select(o => o.Latency.TotalMilliseconds), 99):0}");
}
