namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>A change to a request as the audit trail keeps it: who, when, what, and the state before and after. Never edited.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Who, string Action, string Before, string After, string? Detail)
{
    /// <summary>Given by the database in the order entries are written; 0 until stored.</summary>
    public long Id { get; init; }
}

/// <summary>Why a move was refused, with the moves that are allowed from where the request stands.</summary>
public sealed record RefusedMove(string Field, string Reason, IReadOnlyList<CaseAction> Allowed);

/// <summary>
/// The case side of an advice request: its status, the advisor it is assigned to, how it ended,
/// and the audit trail every change writes exactly once. <see cref="AdviceRequest"/> adds what was asked.
/// </summary>
public class AdviceRequestCase
{
    public CaseStatus Status { get; private set; } = CaseStatus.Submitted;
    /// <summary>The account id (token subject) of the assigned advisor.</summary>
    public string? AssignedAdvisor { get; private set; }
    public ClosingResult? Result { get; private set; }
    /// <summary>When the request was first taken up (triaged or closed): the acknowledgement the service level asks for.</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    /// <summary>When advice was first given.</summary>
    public DateTimeOffset? AdviceGivenAt { get; private set; }
    /// <summary>As stored, in no particular order once loaded; read it through <see cref="Trail"/>.</summary>
    public List<AuditEntry> AuditTrail { get; set; } = [];

    /// <summary>The audit trail in the order it was written: stored entries by id, then any not yet stored.</summary>
    public IReadOnlyList<AuditEntry> Trail => [.. AuditTrail.Where(e => e.Id != 0).OrderBy(e => e.Id), .. AuditTrail.Where(e => e.Id == 0)];

    public static AdviceRequestCase Submitted(string who, DateTimeOffset at)
    {
        var request = new AdviceRequestCase();
        request.RecordSubmission(who, at);
        return request;
    }

    protected void RecordSubmission(string who, DateTimeOffset at) =>
        AuditTrail.Add(new AuditEntry(at, who, "submit", "", Describe(CaseStatus.Submitted), null));

    /// <summary>A change that is not a move (advice recorded, a document added): the state stays, the trail still says who and when.</summary>
    public void Record(string action, string who, DateTimeOffset at, string? detail)
    {
        var state = State();
        AuditTrail.Add(new AuditEntry(at, who, action, state, state, detail));
    }

    /// <param name="advisor">For <see cref="CaseAction.Assign"/>: the advisor's account id.</param>
    /// <param name="result">For <see cref="CaseAction.Close"/>.</param>
    /// <param name="reason">For <see cref="CaseAction.Reopen"/>; kept with the change otherwise.</param>
    public RefusedMove? Apply(CaseAction action, string who, DateTimeOffset at, string? advisor = null, ClosingResult? result = null, string? reason = null)
    {
        if (CaseLifecycle.Next(Status, action) is not { } next)
        {
            return new RefusedMove("action", $"A request that is {Describe(Status)} cannot be moved by {Describe(action)}.", CaseLifecycle.Allowed(Status));
        }
        if (action == CaseAction.Assign && string.IsNullOrWhiteSpace(advisor))
        {
            return new RefusedMove("advisor", "Assigning names the advisor.", CaseLifecycle.Allowed(Status));
        }
        if (action == CaseAction.Close && result is null)
        {
            return new RefusedMove("result", "Closing names the result: advice-delivered, referred-to-meeting-series, withdrawn or out-of-scope.", CaseLifecycle.Allowed(Status));
        }
        if (action == CaseAction.Reopen && string.IsNullOrWhiteSpace(reason))
        {
            return new RefusedMove("reason", "Reopening a closed request needs a reason.", CaseLifecycle.Allowed(Status));
        }
        var before = State();
        AcknowledgedAt ??= Status == CaseStatus.Submitted ? at : null;
        if (action == CaseAction.GiveAdvice)
        {
            AdviceGivenAt ??= at;
        }
        Status = next;
        if (action == CaseAction.Assign)
        {
            AssignedAdvisor = advisor;
        }
        Result = action switch
        {
            CaseAction.Close => result,
            CaseAction.Reopen => null,
            _ => Result,
        };
        AuditTrail.Add(new AuditEntry(at, who, Describe(action), before, State(), reason));
        return null;
    }

    /// <summary>The state as the audit trail writes it, e.g. <c>assigned (advisor 0192…)</c>.</summary>
    private string State() => string.Join(" ", new[]
    {
        Describe(Status),
        AssignedAdvisor is null ? null : $"(advisor {AssignedAdvisor})",
        Result is { } r ? $"[{Describe(r)}]" : null,
    }.Where(part => part is not null));

    public static string Describe<TEnum>(TEnum value) where TEnum : struct, Enum => Vocabulary.EnumWords.Kebab(value);
}
