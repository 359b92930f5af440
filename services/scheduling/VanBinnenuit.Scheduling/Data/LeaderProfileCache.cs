using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>
/// All leader profiles, deserialised once and kept while the table is unchanged. Ranking reads
/// every leader; reading 15,000 jsonb profiles on each proposal would cost more than the ranking.
/// Any replica's consumer may change the table, so each use checks a cheap stamp: the row count
/// and the newest row version (<c>xmin</c>), which moves with every insert or update.
/// </summary>
public sealed class LeaderProfileCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Count, long Newest, IReadOnlyList<Leader> Leaders)? _cached;

    public async Task<IReadOnlyList<Leader>> GetAsync(SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var stamp = (await db.Database.SqlQuery<Stamp>($"SELECT count(*) AS \"Count\", coalesce(max(xmin::text::bigint), 0) AS \"Newest\" FROM leader_profiles")
            .ToListAsync(cancellationToken)).Single();
        if (_cached is { } cached && cached.Count == stamp.Count && cached.Newest == stamp.Newest)
        {
            return cached.Leaders;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var leaders = await db.LeaderProfiles.AsNoTracking().Select(l => l.Profile).ToListAsync(cancellationToken);
            _cached = (stamp.Count, stamp.Newest, leaders);
            return leaders;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Stamp(long Count, long Newest);
}
