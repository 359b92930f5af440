using System.Collections.Concurrent;

namespace VanBinnenuit.Faults;

/// <summary>One command as the client saw it: when it was sent, how long it took, what it answered (0: no answer at all).</summary>
public sealed record CommandOutcome(string Kind, TimeSpan SentAt, TimeSpan Latency, int Status);

/// <summary>
/// What the system has promised: every command that answered 2xx, with the effect it must have everywhere
/// and when it was confirmed, so the checks can ask "is everything confirmed before this moment in place?".
/// </summary>
public sealed class Ledger
{
    public ConcurrentBag<CommandOutcome> Outcomes { get; } = [];

    /// <summary>Community id → its name as last confirmed, and when.</summary>
    public ConcurrentDictionary<Guid, (string Name, TimeSpan At)> Communities { get; } = new();

    /// <summary>Advice request id → its status as last confirmed, whether a series was asked for, and when.</summary>
    public ConcurrentDictionary<Guid, (string Status, bool SeriesRequested, TimeSpan At)> Requests { get; } = new();

    /// <summary>Knowledge-meeting registration name → when it was confirmed.</summary>
    public ConcurrentDictionary<string, TimeSpan> Registrations { get; } = new();
}
