using MassTransit;
using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Messaging.Inbox;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;

namespace VanBinnenuit.Monitoring.Consumers;

/// <summary>Keeps <see cref="SeriesRecord"/> in step with scheduling: every series event carries the whole series, the newest wins.</summary>
public sealed class SeriesEventsConsumer(MonitoringDbContext db) :
    IConsumer<SeriesPlanned>, IConsumer<SessionScheduled>, IConsumer<SessionRescheduled>, IConsumer<SessionCancelled>,
    IConsumer<LeaderAssigned>, IConsumer<SeriesCompleted>, IConsumer<SeriesCancelled>
{
    public Task Consume(ConsumeContext<SeriesPlanned> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SessionScheduled> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SessionRescheduled> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SessionCancelled> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<LeaderAssigned> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SeriesCompleted> context) => ApplyAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SeriesCancelled> context) => ApplyAsync(context, context.Message.Series, context.Message);

    private Task ApplyAsync(ConsumeContext context, SeriesSnapshot snapshot, IntegrationEvent message) =>
        Inbox.OnceAsync(db, context, GetType().FullName!, async ct =>
        {
            await db.LockKeyAsync(nameof(SeriesRecord), snapshot.Id, ct);
            var series = await db.Series.FindAsync([snapshot.Id], ct);
            if (series is null)
            {
                series = SeriesRecord.New(snapshot.Id);
                db.Series.Add(series);
            }
            else if (series.UpdatedAt > message.OccurredAt)
            {
                return;
            }
            series.MunicipalityCode = snapshot.MunicipalityCode;
            series.CommunityId = snapshot.CommunityId;
            series.Audience = snapshot.Audience;
            series.TopicCodes = [.. snapshot.TopicCodes];
            series.Languages = [.. snapshot.Languages];
            series.Status = snapshot.Status;
            series.LeaderId = snapshot.LeaderId;
            foreach (var session in snapshot.Sessions)
            {
                var record = series.Session(session.Number);
                if (record is null)
                {
                    record = new SessionRecord { Number = session.Number };
                    series.Sessions.Add(record);
                }
                (record.StartsAt, record.EndsAt, record.Status) = (session.StartsAt, session.EndsAt, session.Status);
            }
            series.UpdatedAt = message.OccurredAt;
        });
}
