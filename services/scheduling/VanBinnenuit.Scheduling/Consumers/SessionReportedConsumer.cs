using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Messaging.Inbox;
using VanBinnenuit.Messaging.Outbox;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Consumers;

/// <summary>A session's report marks it held; the third held session completes the series.</summary>
public sealed class SessionReportedConsumer(SchedulingDbContext db, TimeProvider clock, ILogger<SessionReportedConsumer> logger)
    : InboxConsumer<SessionReported, SchedulingDbContext>(db)
{
    protected override async Task HandleAsync(SessionReported message, CancellationToken cancellationToken)
    {
        var series = await Db.Series.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == message.SeriesId, cancellationToken);
        if (series is null || message.SessionNumber is < 1 or > 3)
        {
            logger.LogWarning("A session report names no session scheduling knows ({SeriesId}, {Number}).", message.SeriesId, message.SessionNumber);
            return;
        }
        if (series.Sessions[message.SessionNumber - 1].Status == SessionStatus.Held)
        {
            return; // A corrected report: the session was held already.
        }
        if (series.Sessions.Take(message.SessionNumber - 1).Any(s => s.Status == SessionStatus.Planned))
        {
            // Reports of one series can be delivered out of order; the earlier one is on its way.
            // Thrown, so the broker retries this one later instead of the held mark being lost.
            throw new ReportOutOfOrderException(series.Id, message.SessionNumber);
        }
        if (series.MarkHeld(message.SessionNumber, clock.GetUtcNow()) is { } broken)
        {
            logger.LogWarning("Session {Number} of series {SeriesId} cannot be marked held: {Reason}", message.SessionNumber, series.Id, broken.Reason);
            return;
        }
        if (series.Status == SeriesStatus.Completed)
        {
            Db.AddIntegrationEvent(new SeriesCompleted { Series = SeriesEvents.Snapshot(series) });
        }
        // A held session no longer blocks the leader's time.
        await Db.Bookings.Where(b => b.SeriesId == series.Id && b.SessionNumber == message.SessionNumber).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>A later session's report came before an earlier one's; retried until the earlier one is in.</summary>
public sealed class ReportOutOfOrderException(Guid seriesId, int number)
    : Exception($"Session {number} of series {seriesId} was reported before an earlier session of it.");
