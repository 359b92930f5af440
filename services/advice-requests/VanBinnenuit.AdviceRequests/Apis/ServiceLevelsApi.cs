using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.AdviceRequests.Apis;

/// <summary>The advisors' worklist: open requests that have breached a service level or will soon, most urgent first.</summary>
public static class ServiceLevelsApi
{
    public static IEndpointRouteBuilder MapServiceLevelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/service-levels/attention", RequestsNeedingAttention).WithTags("Advice requests").WithName("ListRequestsNeedingAttention")
            .RequireAuthorization(Policies.HandleAdviceRequests);
        return app;
    }

    /// <summary>List the requests that need attention</summary>
    /// <remarks>
    /// Open requests whose acknowledgement or advice is due or overdue under the service level, the most urgent first.
    /// </remarks>
    public static async Task<Ok<List<AdviceRequestResponse>>> RequestsNeedingAttention(
        AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Open requests are a few hundred at most; the working-day arithmetic is done here, not in SQL.
        var open = await db.Requests.AsNoTracking().Where(r => r.Status != CaseStatus.Closed).ToListAsync(cancellationToken);
        var names = await RequestNames.ForAsync(db, open, cancellationToken);
        var attention = open.Select(r => AdviceRequestResponse.For(r, rules.Value, now, caller, names))
            .Where(r => r.ServiceLevel.ActionNeeded)
            .OrderBy(r => r.ServiceLevel.AcknowledgedAt is null ? r.ServiceLevel.AcknowledgeBy : r.ServiceLevel.AdviceBy)
            .ToList();
        return TypedResults.Ok(attention);
    }
}
