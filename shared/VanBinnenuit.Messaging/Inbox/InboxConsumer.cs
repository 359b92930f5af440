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

    public Task Consume(ConsumeContext<TMessage> context) =>
        Inbox.OnceAsync(Db, context, GetType().FullName!, ct => HandleAsync(context.Message, ct));

    /// <summary>Applies the message to <see cref="Db"/>; saving and committing is done by the base.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}

public static class Inbox
{
    /// <summary>
    /// Runs <paramref name="handle"/> once per (message id, consumer), saving and committing its
    /// changes together with the inbox record. For consumers of several message types.
    /// </summary>
    public static async Task OnceAsync(DbContext db, ConsumeContext context, string consumer, Func<CancellationToken, Task> handle)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message arrived without a message id; it cannot be deduplicated.");
        var ct = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Blocks on a concurrent duplicate until that one commits, then inserts nothing.
        var recorded = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {DateTimeOffset.UtcNow}) ON CONFLICT DO NOTHING",
            ct);
        if (recorded == 0)
        {
            MessagingMetrics.DuplicatesAbsorbed.Add(1);
            return;
        }

        await handle(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
