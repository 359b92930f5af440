using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>
/// Who may act on a request, beyond seeing it (which the query filter already limits to an officer's
/// own municipality): coordinators on all; an advisor on those assigned to them and on unassigned
/// ones, to triage and take them; a municipal officer may write to the request, add documents and
/// withdraw it.
/// </summary>
public static class CaseAccess
{
    public static bool MayHandle(Caller caller, AdviceRequestCase request) =>
        caller.Role == Roles.Coordinator
        || (caller.Role == Roles.Advisor && (request.AssignedAdvisor is null || request.AssignedAdvisor == caller.Subject));

    /// <summary>
    /// Documents, and writing messages: the handlers, and the municipality itself. An advisor handling
    /// another advisor's request does not read its documents (nor its internal notes).
    /// </summary>
    public static bool MayContribute(Caller caller, AdviceRequestCase request) =>
        MayHandle(caller, request) || caller.Role == Roles.MunicipalOfficer;

    /// <summary>Internal notes: the alliance's handlers of this request only.</summary>
    public static bool ReadsInternalNotes(Caller caller, AdviceRequestCase request) => MayHandle(caller, request);

    /// <summary>The advice: its handlers while it is drafted; the municipality once it is given.</summary>
    public static bool SeesAdvice(Caller caller, AdviceRequestCase request) =>
        caller.Role != Roles.MunicipalOfficer || request.AdviceGivenAt is not null;

    /// <summary>
    /// What this caller may do with the request now, from the same rules that refuse what they may not,
    /// so a client offers exactly this and copies none of them. An officer's one move is closing as withdrawn;
    /// an advisor's assigning of an unassigned request is taking it themselves.
    /// </summary>
    public static CaseOptions OptionsFor(Caller caller, AdviceRequest request)
    {
        var handles = MayHandle(caller, request);
        var moves = CaseLifecycle.Allowed(request.Status)
            .Where(action => Refusal(caller, request, action, advisor: caller.Subject, result: ClosingResult.Withdrawn) is null)
            .ToList();
        return new CaseOptions(handles, moves, handles && request.AcceptsAdvice, handles && request.AcceptsSeriesRequest);
    }

    /// <summary>Why this caller may not make this move, or null when they may.</summary>
    public static string? Refusal(Caller caller, AdviceRequestCase request, CaseAction action, string? advisor, ClosingResult? result)
    {
        if (caller.Role == Roles.MunicipalOfficer)
        {
            return action == CaseAction.Close && result == ClosingResult.Withdrawn
                ? null
                : "A municipality may withdraw its request (close with the result withdrawn); the alliance does the rest.";
        }
        if (!MayHandle(caller, request))
        {
            return "This request is assigned to another advisor.";
        }
        if (caller.Role == Roles.Advisor && action == CaseAction.Assign && request.AssignedAdvisor is null && advisor != caller.Subject)
        {
            return "An advisor takes an unassigned request themselves; a coordinator assigns it to someone else.";
        }
        return null;
    }
}

/// <param name="MayHandle">The caller handles the request: moves it, reads its internal notes and documents, records advice.</param>
/// <param name="AllowedActions">The moves the caller may make from the request's status.</param>
/// <param name="MayRecordAdvice">The caller may write or revise the advice now.</param>
/// <param name="MayRequestSeries">The caller may ask scheduling for a meeting series now.</param>
public sealed record CaseOptions(bool MayHandle, IReadOnlyList<CaseAction> AllowedActions, bool MayRecordAdvice, bool MayRequestSeries);
