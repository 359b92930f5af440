using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Apis;

/// <summary>
/// The request as a case: its moves (each a new status, as ZGW's <c>statussen</c>), the audit
/// trail, the advice and the hand-over to scheduling. Moves need <c>If-Match</c>, so two advisors
/// acting at once cannot both win.
/// </summary>
/// <summary>An audit-trail entry with the name of who made the change (null for a system, or an account not yet announced).</summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string Who, string? WhoName, string Action, string Before, string After, string? Detail) : IExample<AuditEntryResponse>
{
    public static AuditEntryResponse Example => new(Examples.SubmittedAt.AddHours(26), Examples.Advisor, Examples.AdvisorName, "assign", "triaged", "assigned", null);
}

public static class CaseApi
{
    public static IEndpointRouteBuilder MapCaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/advice-requests/{id:guid}").WithTags("Advice requests");
        api.MapPost("/status-changes", ChangeStatus).WithName("ChangeAdviceRequestStatus").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapGet("/audit-trail", AuditTrail).WithName("GetAdviceRequestAuditTrail").RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapPut("/advice", RecordAdvice).WithName("RecordAdvice").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.HandleAdviceRequests);
        api.MapPost("/series-request", RequestSeries).WithName("RequestSeries").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.HandleAdviceRequests);
        return app;
    }

    /// <summary>Move an advice request to its next status</summary>
    /// <remarks>
    /// One step of the case, ZGW-style: triage, assign (with <c>advisorId</c>), start, give-advice, close (with a <c>result</c>) or reopen. Only the moves allowed from where the request stands are carried out; any other answers 422 with <c>allowedActions</c>. Send the version read as <c>If-Match</c>. Every move is kept in the audit trail.
    /// </remarks>
    public static async Task<Results<Ok<AdviceRequestResponse>, ProblemHttpResult>> ChangeStatus(
        Guid id, StatusChangeDraft draft, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var change = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (request, problem) = await Requests.FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var action = change.Action!.Value;
        // An advisor taking a request names nobody: it is theirs.
        var advisor = action == CaseAction.Assign && change.AdvisorId is null && caller.Role == Roles.Advisor ? caller.Subject : change.AdvisorId;
        if (CaseAccess.Refusal(caller, request, action, advisor, change.Result) is { } refusal)
        {
            return Requests.Forbidden(refusal);
        }
        if (request.Move(action, caller.Subject ?? "", clock.GetUtcNow(), advisor, change.Result, change.Reason) is { } refused)
        {
            return Requests.Refused(refused);
        }
        return await SaveAsync(db, request, caller, rules.Value, clock, http.Response, cancellationToken);
    }

    /// <summary>Read an advice request's history</summary>
    /// <remarks>
    /// Every change to the request in order: who (and their name, once known), when, the status before and after, and what was done, from submission and documents to advice and closing.
    /// </remarks>
    public static async Task<Results<Ok<List<AuditEntryResponse>>, ProblemHttpResult>> AuditTrail(Guid id, AdviceRequestsDbContext db, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var trail = request.Trail;
        var names = await AccountNames.ForAsync(db, trail.Select(e => e.Who), cancellationToken);
        return TypedResults.Ok(trail.Select(e => new AuditEntryResponse(e.At, e.Who, names.Of(e.Who), e.Action, e.Before, e.After, e.Detail)).ToList());
    }

    /// <summary>Record the advice</summary>
    /// <remarks>
    /// The advisor (or a coordinator) writes the advice, pointing to the steps of the guide and to pitfalls and good examples in the knowledge base. Only while the request is being handled, by its advisor; send the version read as <c>If-Match</c>.
    /// </remarks>
    public static async Task<Results<Ok<AdviceRequestResponse>, ProblemHttpResult>> RecordAdvice(
        Guid id, AdviceDraft draft, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var advice = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (request, problem) = await Requests.FindToHandleAsync(db, id, caller, http.Request, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        var unknown = await UnknownEntriesAsync(db, advice, cancellationToken);
        if (unknown.Count > 0)
        {
            return ApiProblems.Unprocessable("The advice points to what the knowledge base does not hold.", unknown);
        }
        var recorded = new RecordedAdvice(advice.Text!, [.. advice.Steps!], [.. advice.PitfallIds!], [.. advice.GoodExampleIds!], caller.Subject ?? "", clock.GetUtcNow());
        if (request.RecordAdvice(recorded) is { } refused)
        {
            return Requests.Refused(refused);
        }
        return await SaveAsync(db, request, caller, rules.Value, clock, http.Response, cancellationToken);
    }

    private static async Task<List<InvalidParam>> UnknownEntriesAsync(AdviceRequestsDbContext db, AdviceDraft advice, CancellationToken cancellationToken)
    {
        var ids = advice.PitfallIds!.Concat(advice.GoodExampleIds!).ToList();
        var kinds = await db.KnowledgeBase.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Kind, cancellationToken);
        return
        [
            .. advice.PitfallIds!.Select((id, i) => (id, i)).Where(p => !kinds.TryGetValue(p.id, out var kind) || kind != KnowledgeKind.Pitfall)
                .Select(p => new InvalidParam($"pitfallIds[{p.i}]", $"{p.id} is not a pitfall in the knowledge base.")),
            .. advice.GoodExampleIds!.Select((id, i) => (id, i)).Where(e => !kinds.TryGetValue(e.id, out var kind) || kind != KnowledgeKind.GoodExample)
                .Select(e => new InvalidParam($"goodExampleIds[{e.i}]", $"{e.id} is not a good example in the knowledge base.")),
        ];
    }

    /// <summary>Ask scheduling for a meeting series</summary>
    /// <remarks>
    /// The advisor turns the request into a request for a series of three meetings for one community, audience, languages and topics; scheduling drafts the series and reports back, and the request shows it under <c>series</c>.
    /// </remarks>
    public static async Task<Results<Ok<AdviceRequestResponse>, ProblemHttpResult>> RequestSeries(
        Guid id, SeriesRequestDraft draft, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var series = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (request, problem) = await Requests.FindToHandleAsync(db, id, caller, http.Request, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        if (!await db.Set<CommunityReference>().AnyAsync(c => c.Id == series.CommunityId && c.Active, cancellationToken))
        {
            return ApiProblems.Unprocessable("The series is for a community the registry does not know.",
                [new InvalidParam("communityId", $"{series.CommunityId} is not an active community of the registry.")]);
        }
        if (request.ReferToSeries(series, caller.Subject ?? "", clock.GetUtcNow()) is { } refused)
        {
            return Requests.Refused(refused);
        }
        return await SaveAsync(db, request, caller, rules.Value, clock, http.Response, cancellationToken);
    }

    private static async Task<Results<Ok<AdviceRequestResponse>, ProblemHttpResult>> SaveAsync(
        AdviceRequestsDbContext db, AdviceRequest request, Caller caller, ServiceLevelRules rules, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var names = await RequestNames.ForAsync(db, [request], cancellationToken);
        return await db.SaveOrPreconditionFailedAsync(request, r => r.Version, response, r => AdviceRequestResponse.For(r, rules, clock.GetUtcNow(), caller, names), cancellationToken);
    }
}
