using Microsoft.AspNetCore.Http.HttpResults;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence.Paging;

namespace VanBinnenuit.Identity.Apis;

public static class AccessEventsApi
{
    public static RouteGroupBuilder MapAccessEventsApi(this RouteGroupBuilder events)
    {
        events.MapGet("", ListAccessEvents).WithName("ListAccessEvents");
        return events;
    }

    /// <summary>List the access audit</summary>
    /// <remarks>
    /// For administrators: sign-ins, refusals, account and client changes and key rotations, newest first, with who, when and what. Read-only: nothing in the API changes or removes a line. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<AccessEventResponse>>, ProblemHttpResult>> ListAccessEvents(
        int? page, int? pageSize, IdentityDbContext db, HttpRequest http, CancellationToken cancellationToken)
    {
        var paging = new PageRequest(page, pageSize);
        var invalid = paging.Validate().ToList();
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }
        return TypedResults.Ok(await db.AccessEvents.OrderByDescending(e => e.Id)
            .Select(e => new AccessEventResponse(e.OccurredAt, e.Kind, e.Subject, e.Actor, e.RemoteAddress, e.Detail))
            .ToPagedListAsync(paging, http, cancellationToken));
    }
}

public sealed record AccessEventResponse(DateTimeOffset OccurredAt, AccessEventKind Kind, string? Subject, string? Actor, string? RemoteAddress, string? Detail) : IExample<AccessEventResponse>
{
    public static AccessEventResponse Example => new(new DateTimeOffset(2026, 11, 30, 8, 12, 3, TimeSpan.Zero), AccessEventKind.SignedIn, "8d3f6c2a-1b4e-4f70-9a2c-3e5d7f9b1c04", null, "192.0.2.44", null);
}
