using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>The display names of the leaders of some series, in one query, for <see cref="SeriesResponse"/>.</summary>
internal static class LeaderNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(SchedulingDbContext db, IEnumerable<MeetingSeries> series, CancellationToken cancellationToken)
    {
        var ids = series.Select(s => s.LeaderId).OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.LeaderProfiles.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.DisplayName, cancellationToken);
    }
}
