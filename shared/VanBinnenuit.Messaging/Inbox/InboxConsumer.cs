using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.Messaging.Inbox;

/// <summary>
/// A consumer whose effect happens once per message, however often the broker delivers it: the
/// (message id, consumer) pair is recorded in the same transaction as the effect, and a message
/// already recorded is acknowledged without effect. Events the handler raises go through the
/// outbox in that same transaction.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext db) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext Db { get; } = db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be deduplicated.");
        var consumer = GetType().FullName!;
        var ct = context.CancellationToken;

        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        // Blocks on a concurrent duplicate until that one commits, then inserts nothing.
        var recorded = await Db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING",
            ct);
        if (recorded == 0)
        {
            MessagingMetrics.DuplicatesAbsorbed.Add(1);
            return;
        }

        await HandleAsync(context.Message, ct);
        await Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Applies the message to <see cref="Db"/>; saving and committing is done by the base.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
