using MassTransit;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.AdviceRequests.Consumers;

/// <summary>What became of the series a request asked for: drafted, planned, completed or cancelled, shown on the request.</summary>
public sealed class SeriesEventsConsumer(AdviceRequestsDbContext db) :
    IConsumer<SeriesDrafted>, IConsumer<SeriesPlanned>, IConsumer<SeriesCompleted>, IConsumer<SeriesCancelled>
{
    public Task Consume(ConsumeContext<SeriesDrafted> context) => FollowAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SeriesPlanned> context) => FollowAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SeriesCompleted> context) => FollowAsync(context, context.Message.Series, context.Message);

    public Task Consume(ConsumeContext<SeriesCancelled> context) => FollowAsync(context, context.Message.Series, context.Message);

    private Task FollowAsync(ConsumeContext context, SeriesSnapshot series, IntegrationEvent message) =>
        series.AdviceRequestId is not { } requestId
            ? Task.CompletedTask
            : Inbox.OnceAsync(db, context, GetType().FullName!, async ct =>
            {
                var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
                request?.FollowSeries(series.Id, series.Status, message.OccurredAt);
            });
}
