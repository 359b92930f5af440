using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.Persistence.Concurrency;

public static class KeyLocks
{
    /// <summary>
    /// Makes everyone else who asks for the same (kind, key) wait until this transaction ends. Two events
    /// about one new row handled at once (a community registered and at once renamed) would otherwise both
    /// find no row and both insert it: the loser's duplicate key costs a retry and an error in the database's
    /// log. With the lock, the second waits, then finds the first's row and applies the newer state.
    /// A hash collision between two keys only makes one wait for the other.
    /// </summary>
    public static Task LockKeyAsync(this DbContext db, string kind, object key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({kind + ":" + key}, 0))", cancellationToken);
}
