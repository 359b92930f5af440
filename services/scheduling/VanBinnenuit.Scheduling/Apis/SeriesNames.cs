using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// The names that go with some series' ids, two queries for a whole page, so a planning list reads as
/// words: the leaders' display names and the communities' names (from the registry's read models).
/// </summary>
public sealed record SeriesNames(IReadOnlyDictionary<Guid, string> Leaders, IReadOnlyDictionary<Guid, string> Communities)
{
    internal static Task<SeriesNames> OfAsync(SchedulingDbContext db, IReadOnlyCollection<MeetingSeries> series, CancellationToken cancellationToken) =>
        OfAsync(db, series.Select(s => s.LeaderId), series.Select(s => s.CommunityId), cancellationToken);

    internal static async Task<SeriesNames> OfAsync(SchedulingDbContext db, IEnumerable<Guid?> leaderIds, IEnumerable<Guid> communityIds, CancellationToken cancellationToken)
    {
        var leaders = leaderIds.OfType<Guid>().Distinct().ToList();
        var communities = communityIds.Distinct().ToList();
        return new SeriesNames(
            leaders.Count == 0 ? new Dictionary<Guid, string>()
                : await db.LeaderProfiles.AsNoTracking().Where(l => leaders.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.DisplayName, cancellationToken),
            communities.Count == 0 ? new Dictionary<Guid, string>()
                : await db.Set<CommunityReference>().AsNoTracking().Where(c => communities.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken));
    }
}
