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

    /// <summary>Series pipeline number → how far its leader, series and reports got, as last confirmed.</summary>
    public ConcurrentDictionary<long, SeriesProgress> Series { get; } = new();

    /// <summary>The first refusal (4xx) of each kind of command, as the problem's title and detail, to tell a waiting step from a wrong one.</summary>
    public ConcurrentDictionary<string, string> FirstRefusals { get; } = new();

    /// <summary>The first 5xx other than 503 and 504 of each kind of command, as status and body, to find where it came from.</summary>
    public ConcurrentDictionary<string, string> FirstServerErrors { get; } = new();

    /// <summary>Knowledge-meeting registration name → when it was confirmed.</summary>
    public ConcurrentDictionary<string, TimeSpan> Registrations { get; } = new();
}

/// <summary>
/// One series from its leader's registration to its third report. <see cref="Step"/> is the next thing to
/// do: 0 register the leader, 1 draft, 2 time the sessions, 3 assign the leader, 4 plan, 5–7 report
/// sessions 1–3, 8 done. <see cref="Unsure"/> says the last try had no clear answer (it may have been carried out).
/// </summary>
public sealed record SeriesProgress(Guid LeaderId, Guid SeriesId, int Step, TimeSpan At, bool Unsure = false)
{
    public const int Done = 8;
    public const int FirstReport = 5;

    public int Reported => Math.Clamp(Step - FirstReport, 0, 3);
}
