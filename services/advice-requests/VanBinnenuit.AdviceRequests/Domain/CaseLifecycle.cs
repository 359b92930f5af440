namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>submitted → triaged → assigned → in progress → advice given → closed (with a result); reopening is its own action.</summary>
public enum CaseStatus
{
    Submitted,
    Triaged,
    Assigned,
    InProgress,
    AdviceGiven,
    Closed,
}

public enum CaseAction
{
    Triage,
    Assign,
    Start,
    GiveAdvice,
    Close,
    Reopen,
}

/// <summary>How a closed request ended.</summary>
public enum ClosingResult
{
    AdviceDelivered,
    ReferredToMeetingSeries,
    Withdrawn,
    OutOfScope,
}

/// <summary>
/// The legal moves of an advice request, in the manner of a ZGW case type: one table, so the rule
/// and the "allowed are …" answer to an illegal move come from the same place.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseAction, (CaseStatus[] From, CaseStatus To)> Moves = new()
    {
        [CaseAction.Triage] = ([CaseStatus.Submitted], CaseStatus.Triaged),
        // Assigning again hands the request to another advisor.
        [CaseAction.Assign] = ([CaseStatus.Triaged, CaseStatus.Assigned, CaseStatus.InProgress], CaseStatus.Assigned),
        [CaseAction.Start] = ([CaseStatus.Assigned], CaseStatus.InProgress),
        [CaseAction.GiveAdvice] = ([CaseStatus.InProgress], CaseStatus.AdviceGiven),
        // A request can be closed at any open stage: withdrawn or out of scope need no advice.
        [CaseAction.Close] = ([CaseStatus.Submitted, CaseStatus.Triaged, CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.AdviceGiven], CaseStatus.Closed),
        [CaseAction.Reopen] = ([CaseStatus.Closed], CaseStatus.InProgress),
    };

    /// <summary>The status the action leads to from <paramref name="from"/>, or null when it is not allowed there.</summary>
    public static CaseStatus? Next(CaseStatus from, CaseAction action) =>
        Moves.TryGetValue(action, out var move) && move.From.Contains(from) ? move.To : null;

    /// <summary>What may be done from <paramref name="from"/>, for the answer to an illegal move.</summary>
    public static IReadOnlyList<CaseAction> Allowed(CaseStatus from) =>
        [.. Moves.Where(m => m.Value.From.Contains(from)).Select(m => m.Key)];
}
