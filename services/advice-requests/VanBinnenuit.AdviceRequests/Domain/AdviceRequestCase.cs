namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>A change to a request as the audit trail keeps it: who, when, what, and the state before and after. Never edited.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Who, string Action, string Before, string After, string? Detail);

/// <summary>Why a move was refused, with the moves that are allowed from where the request stands.</summary>
public sealed record RefusedMove(string Field, string Reason, IReadOnlyList<CaseAction> Allowed);

/// <summary>
/// The case side of an advice request: its status, the advisor it is assigned to, how it ended,
/// and the audit trail every change writes exactly once.
/// </summary>
public sealed class AdviceRequestCase
{
    public CaseStatus Status { get; private set; } = CaseStatus.Submitted;
    /// <summary>The account id (token subject) of the assigned advisor.</summary>
    public string? AssignedAdvisor { get; private set; }
    public ClosingResult? Result { get; private set; }
    public List<AuditEntry> AuditTrail { get; set; } = [];

    public static AdviceRequestCase Submitted(string who, DateTimeOffset at)
    {
        var request = new AdviceRequestCase();
        request.AuditTrail.Add(new AuditEntry(at, who, "submit", "", Describe(CaseStatus.Submitted), null));
        return request;
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

    public static string Describe<TEnum>(TEnum value) where TEnum : struct, Enum => ServiceDefaults.EnumWords.Kebab(value);
}
