using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>One session of a series: cancelled with a reason by a coordinator or by the series' own leader.</summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/series/{id:guid}/sessions/{number:int}").WithTags("Series").RequireAuthorization(Policies.ReadProgrammeData)
            .MapPost("/cancellation", CancelSession).WithName("CancelSession").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>Cancel one session</summary>
    /// <remarks>
    /// By a coordinator or the series' own leader, with a <c>reason</c>. Only a planned session of an open series can be cancelled; anything else is refused with 422. Send the series' <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> CancelSession(
        Guid id, int number, ReasonRequest request, SchedulingDbContext db, Caller caller, IOptions<SchedulingRules> rules, TimeProvider clock,
        HttpContext http, CancellationToken cancellationToken)
    {
        if (caller.Role is not (Roles.Coordinator or Roles.Leader))
        {
            return ApiProblems.Forbidden("Only a coordinator or the series' leader cancels a session.");
        }
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, 500);
        if (number is < 1 or > 3)
        {
            validation.Add("number", "A series has sessions 1, 2 and 3.");
        }
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        // A leader's query sees only their own series, so another leader's is a 404 here.
        var (series, problem) = await SeriesApi.FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        if (series.CancelSession(number, reason!, clock.GetUtcNow()) is { } broken)
        {
            return ApiProblems.Unprocessable(broken.Reason, [new InvalidParam(broken.Field, broken.Reason)]);
        }
        return await SeriesApi.SaveAsync(db, series, rules.Value, caller, http.Response, cancellationToken);
    }
}
