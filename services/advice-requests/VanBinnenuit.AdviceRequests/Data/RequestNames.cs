using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Data;

/// <summary>A community or organisation a request names, with its name from the registry's read models (null if the registry never told it).</summary>
public sealed record NamedReference(Guid Id, string? Name);

/// <summary>
/// The names a request's answer shows beside its ids (the assigned advisor, the communities and organisations
/// it names), read once for a whole page of requests, so a reader never asks three services to show one request.
/// </summary>
public sealed class RequestNames(AccountNames advisors, IReadOnlyDictionary<Guid, string> parties)
{
    public AccountNames Advisors => advisors;

    public IReadOnlyList<NamedReference> Named(IEnumerable<Guid> ids) => [.. ids.Select(id => new NamedReference(id, parties.GetValueOrDefault(id)))];

    public static async Task<RequestNames> ForAsync(AdviceRequestsDbContext db, IReadOnlyCollection<AdviceRequest> requests, CancellationToken cancellationToken)
    {
        var advisors = await AccountNames.ForAsync(db, requests.Select(r => r.AssignedAdvisor), cancellationToken);
        var communityIds = requests.SelectMany(r => r.CommunityIds).Distinct().ToList();
        var organisationIds = requests.SelectMany(r => r.OrganisationIds).Distinct().ToList();
        var parties = new Dictionary<Guid, string>();
        if (communityIds.Count > 0)
        {
            foreach (var community in await db.Set<CommunityReference>().AsNoTracking().Where(c => communityIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
            {
                parties[community.Id] = community.Name;
            }
        }
        if (organisationIds.Count > 0)
        {
            foreach (var organisation in await db.Set<OrganisationReference>().AsNoTracking().Where(o => organisationIds.Contains(o.Id))
                .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            {
                parties[organisation.Id] = organisation.Name;
            }
        }
        return new RequestNames(advisors, parties);
    }
}
