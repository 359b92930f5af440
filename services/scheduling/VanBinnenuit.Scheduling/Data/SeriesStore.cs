using Microsoft.EntityFrameworkCore;
using Npgsql;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>How saving a series ended; the endpoint says it to the client.</summary>
internal enum SeriesSave
{
    Saved,
    /// <summary>Someone else changed the series since it was read.</summary>
    Stale,
    /// <summary>The leader got booked elsewhere within the travel buffer at the same moment.</summary>
    LeaderBookedElsewhere,
}

internal static class SeriesStore
{
    /// <summary>
    /// Saves a changed series together with the bookings its plan implies, in one transaction. The
    /// database's exclusion constraint turns a clash with another series' booking into
    /// <see cref="SeriesSave.LeaderBookedElsewhere"/>, even when two coordinators book the same leader at the same moment.
    /// </summary>
    public static async Task<SeriesSave> SaveAsync(SchedulingDbContext db, MeetingSeries series, SchedulingRules rules, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Writers of one series take turns: the row lock makes a second writer wait, and then see the version moved on.
        var read = db.Entry(series).Property(s => s.Version).OriginalValue;
        var current = await db.Database.SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM series WHERE id = {series.Id} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (current.Count != 1 || current[0] != read)
        {
            return SeriesSave.Stale;
        }
        await db.Bookings.Where(b => b.SeriesId == series.Id).ExecuteDeleteAsync(cancellationToken);
        db.Bookings.AddRange(LeaderBooking.For(series, rules.TravelBuffer));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SeriesSave.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SeriesSave.Stale;
        }
        // Two bookings of one leader inserted at once may also wait on each other's rows; PostgreSQL then
        // ends one of them as a deadlock, which for the client is the same collision. EF's retrying
        // strategy reports a deadlock wrapped as a transient failure, so the whole chain is searched.
        catch (Exception e) when (IsCollision(e))
        {
            return SeriesSave.LeaderBookedElsewhere;
        }
    }

    private static bool IsCollision(Exception? e) => e switch
    {
        null => false,
        PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.DeadlockDetected } => true,
        _ => IsCollision(e.InnerException),
    };

    /// <summary>What the series asks of a leader, with its province from the read model.</summary>
    public static async Task<SeriesNeeds> NeedsAsync(SchedulingDbContext db, MeetingSeries series, IReadOnlyList<SessionTimes>? sessions, CancellationToken cancellationToken)
    {
        var province = await db.Set<MunicipalityReference>().Where(m => m.Code == series.MunicipalityCode).Select(m => m.ProvinceCode).SingleOrDefaultAsync(cancellationToken);
        sessions ??= [.. series.Sessions.Where(s => s.IsScheduled && s.Status == SessionStatus.Planned).Select(s => new SessionTimes(s.StartsAt!.Value, s.EndsAt!.Value, s.Venue, s.VenueConfidential))];
        return new SeriesNeeds(series.Id, series.Languages, series.TopicCodes, series.CommunityId, series.Audience, series.MunicipalityCode, province, sessions);
    }

    /// <summary>Leaders' bookings in other series around these sessions (a month either side, for the monthly cap), by leader.</summary>
    public static async Task<ILookup<Guid, Booking>> BookingsAsync(SchedulingDbContext db, Guid? leader, SeriesNeeds needs, CancellationToken cancellationToken)
    {
        var from = needs.Sessions.Count > 0 ? needs.Sessions.Min(s => s.StartsAt).AddDays(-32) : DateTimeOffset.UtcNow;
        var until = needs.Sessions.Count > 0 ? needs.Sessions.Max(s => s.EndsAt).AddDays(32) : DateTimeOffset.UtcNow.AddDays(92);
        var query = db.Bookings.AsNoTracking().Where(b => b.SeriesId != needs.SeriesId && b.StartsAt < until && b.EndsAt > from);
        if (leader is { } id)
        {
            query = query.Where(b => b.LeaderId == id);
        }
        var rows = await query.Select(b => new { b.LeaderId, b.SeriesId, b.StartsAt, b.EndsAt }).ToListAsync(cancellationToken);
        return rows.ToLookup(b => b.LeaderId, b => new Booking(b.SeriesId, b.StartsAt, b.EndsAt));
    }
}
