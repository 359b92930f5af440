using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Messaging.Inbox;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Vocabulary;

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
        // The series row is written with every report, even one only remembered, so two reports of one
        // series handled at once meet on its version: the loser is retried and sees the winner's change.
        Db.Entry(series).Property(s => s.Status).IsModified = true;
        if (series.RecordReport(message.SessionNumber, clock.GetUtcNow(), out var held) is { } broken)
        {
            logger.LogWarning("Session {Number} of series {SeriesId} cannot be marked held: {Reason}", message.SessionNumber, series.Id, broken.Reason);
            return;
        }
        if (held.Count == 0)
        {
            return; // Reported ahead of an earlier session: held once that one is.
        }
        // A held session no longer blocks the leader's time.
        await Db.Bookings.Where(b => b.SeriesId == series.Id && held.Contains(b.SessionNumber)).ExecuteDeleteAsync(cancellationToken);
    }
}

