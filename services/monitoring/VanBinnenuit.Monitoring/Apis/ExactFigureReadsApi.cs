using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Persistence.Paging;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record ExactFigureReadResponse(Guid Id, string Subject, string Role, DateTimeOffset At, string Question) : IExample<ExactFigureReadResponse>
{
    public static ExactFigureReadResponse Example => new(Guid.Parse("0193e0f1-8a9b-7c0d-9e1f-2a3b4c5d6e7f"), "2f4a6c8e-1b3d-4e5f-8a7c-9e0b2d4f6a81", "coordinator", new DateTimeOffset(2026, 11, 30, 13, 2, 44, TimeSpan.Zero), "GET /v1/indicators/overview?municipality=GM0363&unsuppressed=true");
}

/// <summary>
/// Every question a coordinator answered with exact figures about people, for an administrator to
/// read (newest first). Written by <see cref="LogsExactFigureReads"/> on the indicator endpoints.
/// </summary>
public static class ExactFigureReadsApi
{
    public static IEndpointRouteBuilder MapExactFigureReadsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/exact-figure-reads", List).WithTags("Indicators").WithName("ListExactFigureReads").RequireAuthorization(Policies.ManageAccess);
        return app;
    }

    /// <summary>List the reads of exact figures</summary>
    /// <remarks>
    /// For administrators: every successful answer to <c>unsuppressed=true</c>, newest first, with who asked (subject and role), when, and the path and query asked. Paged with <c>page</c> and <c>pageSize</c>.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<ExactFigureReadResponse>>, ProblemHttpResult>> List(
        int? page, int? pageSize, MonitoringDbContext db, HttpRequest http, CancellationToken cancellationToken)
    {
        var paging = new PageRequest(page, pageSize);
        if (paging.Validate().ToList() is { Count: > 0 } invalid)
        {
            return ApiProblems.Validation(invalid);
        }
        return TypedResults.Ok(await db.ExactFigureReads.AsNoTracking().OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new ExactFigureReadResponse(r.Id, r.Subject, r.Role, r.At, r.Question))
            .ToPagedListAsync(paging, http, cancellationToken));
    }

    /// <summary>Records each successful answer to <c>unsuppressed=true</c> (who, when, the path and query) in the same request.</summary>
    public static RouteGroupBuilder LogsExactFigureReads(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            var inner = result is INestedHttpResult nested ? nested.Result : result;
            if (bool.TryParse(http.Request.Query["unsuppressed"], out var exact) && exact
                && inner is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 })
            {
                var caller = Caller.From(http.User);
                var question = $"{http.Request.Path}{http.Request.QueryString}";
                var db = http.RequestServices.GetRequiredService<MonitoringDbContext>();
                db.ExactFigureReads.Add(new ExactFigureRead
                {
                    Subject = caller.Subject ?? "", Role = caller.Role ?? "", At = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
                    Question = question.Length > 2000 ? question[..2000] : question,
                });
                await db.SaveChangesAsync(http.RequestAborted);
            }
            return result;
        });
        return group;
    }
}
