using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.AdviceRequests.Apis;

/// <summary>Finding a request the caller may see, for every endpoint under <c>/v1/advice-requests/{id}</c>.</summary>
internal static class Requests
{
    /// <summary>The request, or 404: the query filter makes another municipality's request as absent as one that does not exist.</summary>
    public static async Task<(AdviceRequest? Request, ProblemHttpResult? Problem)> FindAsync(
        AdviceRequestsDbContext db, Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Requests : db.Requests.AsNoTracking();
        var request = await query.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return request is null ? (null, ApiProblems.NotFound($"No advice request has the id {id}.")) : (request, null);
    }

    /// <summary>The request to change, when <c>If-Match</c> names its current version.</summary>
    public static async Task<(AdviceRequest? Request, ProblemHttpResult? Problem)> FindForUpdateAsync(
        AdviceRequestsDbContext db, Guid id, HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, problem) = await FindAsync(db, id, cancellationToken, tracked: true);
        if (request is null)
        {
            return (null, problem);
        }
        return EntityTags.TryMatch(http, request.Version, out var stale) ? (request, null) : (null, stale);
    }

    /// <summary>The request to change as its handler: the current version, and the caller a coordinator or its (or no) advisor.</summary>
    public static async Task<(AdviceRequest? Request, ProblemHttpResult? Problem)> FindToHandleAsync(
        AdviceRequestsDbContext db, Guid id, Caller caller, HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, problem) = await FindForUpdateAsync(db, id, http, cancellationToken);
        if (request is not null && !CaseAccess.MayHandle(caller, request))
        {
            return (null, Forbidden("This request is assigned to another advisor."));
        }
        return (request, problem);
    }

    public static ProblemHttpResult Forbidden(string detail) => ApiProblems.Forbidden("You may not do this to this request.", detail);

    /// <summary>422 naming the moves allowed from where the request stands, in the text and as <c>allowedActions</c>.</summary>
    public static ProblemHttpResult Refused(RefusedMove refused)
    {
        var allowed = refused.Allowed.Select(AdviceRequestCase.Describe).ToList();
        var problem = ApiProblems.Details(StatusCodes.Status422UnprocessableEntity, ApiProblems.TitleFor(StatusCodes.Status422UnprocessableEntity),
            $"{refused.Reason} Allowed now: {(allowed.Count == 0 ? "nothing" : string.Join(", ", allowed))}.");
        problem.Extensions[ApiProblems.InvalidParamsKey] = new[] { new InvalidParam(refused.Field, refused.Reason) };
        problem.Extensions["allowedActions"] = allowed;
        return TypedResults.Problem(problem);
    }
}
