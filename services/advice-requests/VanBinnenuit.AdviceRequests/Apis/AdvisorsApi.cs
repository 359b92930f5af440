using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;

namespace VanBinnenuit.AdviceRequests.Apis;

public sealed record AdvisorResponse(Guid Id, string DisplayName) : IExample<AdvisorResponse>
{
    public static AdvisorResponse Example => new(Guid.Parse(Examples.Advisor), Examples.AdvisorName);
}

/// <summary>The advisors a request can be assigned to, by name, as identity announced them.</summary>
public static class AdvisorsApi
{
    public static IEndpointRouteBuilder MapAdvisorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/advisors", ListAdvisors).WithTags("Advice requests").WithName("ListAdvisors")
            .RequireAuthorization(Policies.HandleAdviceRequests);
        return app;
    }

    /// <summary>List the advisors</summary>
    /// <remarks>
    /// The alliance's active advisor accounts by name, to assign a request to one. A handful, so the list is not paged.
    /// </remarks>
    public static async Task<Ok<List<AdvisorResponse>>> ListAdvisors(AdviceRequestsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Accounts.AsNoTracking().Where(a => a.Role == Roles.Advisor && a.Active)
            .OrderBy(a => a.DisplayName).ThenBy(a => a.Id)
            .Select(a => new AdvisorResponse(a.Id, a.DisplayName)).ToListAsync(cancellationToken));
}
