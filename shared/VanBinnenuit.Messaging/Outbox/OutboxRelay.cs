using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VanBinnenuit.Contracts;
using VanBinnenuit.Persistence;
using VanBinnenuit.Persistence.Outbox;

namespace VanBinnenuit.Messaging.Outbox;

/// <summary>
/// Publishes stored events with publisher confirms and marks them sent. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several replicas can relay the same outbox without sending an
/// event twice at once. While the broker is down, it backs off and tries again; nothing is lost.
/// A crash between confirm and commit re-sends an event with the same message id, which the
/// consumers' inbox absorbs. A row that cannot be read back as an event is set aside after a few
/// tries, so it never holds up the events after it.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBusControl bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger,
    TimeProvider time) : BackgroundService where TDbContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await bus.WaitUntilReadyAsync(stoppingToken);
        var backoff = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(stoppingToken);
                backoff = TimeSpan.FromMilliseconds(500);
                if (published == _options.BatchSize)
                {
                    continue;
                }
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay could not publish; trying again in {Backoff}", backoff);
                await Task.Delay(backoff, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Publishes one batch of unsent events; returns how many were published.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db.Set<OutboxMessage>()
            .FromSqlRaw($"SELECT * FROM {MessagingModel.OutboxTable} WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY occurred_at, id LIMIT {{0}} FOR UPDATE SKIP LOCKED", _options.BatchSize)
            .ToListAsync(cancellationToken);

        // Every publish of the batch is under way before the first confirm is awaited: a confirm waits for
        // the quorum queues to write to disk, and one at a time that capped the relay at a few dozen events a
        // second (at 100 commands a second the events fell a minute behind). Events may leave slightly out of
        // the outbox's order, as they already could with two replicas relaying: no consumer relies on order
        // (events carry the whole state and the newest wins; a report ahead of an earlier session waits for it).
        var publishes = new List<(OutboxMessage Message, Task Confirmed)>(batch.Count);
        foreach (var message in batch)
        {
            message.Attempts++;
            if (Read(message) is { } integrationEvent)
            {
                publishes.Add((message, PublishAsync(message, integrationEvent, cancellationToken)));
            }
        }
        try
        {
            await Task.WhenAll(publishes.Select(p => p.Confirmed));
        }
        finally
        {
            // Whatever the broker confirmed is marked sent even when another publish in the batch failed.
            foreach (var (message, _) in publishes.Where(p => p.Confirmed.IsCompletedSuccessfully))
            {
                message.SentAt = time.GetUtcNow();
            }
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            await ReportBacklogAsync(db);
        }
        return publishes.Count;
    }

    /// <summary>
    /// The stored event, or null when it cannot be read back: then the row waits for the next batch,
    /// and after <see cref="OutboxOptions.MaxReadAttempts"/> tries it is set aside (kept, counted, logged
    /// by id and type), while the rows after it are published. A broker failure is not this: it throws.
    /// </summary>
    private IntegrationEvent? Read(OutboxMessage message)
    {
        try
        {
            return OutboxExtensions.Deserialize(message);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            if (message.Attempts >= _options.MaxReadAttempts)
            {
                message.SetAsideAt = time.GetUtcNow();
                var reason = $"{ex.GetType().Name}: {ex.Message}";
                message.SetAsideReason = reason.Length > 500 ? reason[..500] : reason;
                MessagingMetrics.SetAside.Add(1);
                logger.LogError("Outbox event {EventId} of type {MessageType} cannot be read back after {Attempts} tries and is set aside; later events go on. {Reason}",
                    message.Id, message.MessageType, message.Attempts, ex.GetType().Name);
            }
            else
            {
                logger.LogWarning("Outbox event {EventId} of type {MessageType} cannot be read back (try {Attempts} of {MaxAttempts})",
                    message.Id, message.MessageType, message.Attempts, _options.MaxReadAttempts);
            }
            return null;
        }
    }

    private async Task PublishAsync(OutboxMessage message, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = MessagingMetrics.ActivitySource.StartActivity(
            $"outbox relay {message.MessageType.Split('.')[^1]}", ActivityKind.Producer, parent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);

        var started = Stopwatch.GetTimestamp();
        await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.Id, timeout.Token);
        MessagingMetrics.PublishDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        MessagingMetrics.Published.Add(1);
    }

    private async Task ReportBacklogAsync(TDbContext db)
    {
        var unsent = db.Set<OutboxMessage>().Where(m => m.SentAt == null && m.SetAsideAt == null);
        var backlog = await unsent.LongCountAsync();
        var oldest = backlog == 0 ? (DateTimeOffset?)null : await unsent.MinAsync(m => (DateTimeOffset?)m.OccurredAt);
        MessagingMetrics.ReportBacklog(backlog, oldest is null ? TimeSpan.Zero : time.GetUtcNow() - oldest.Value);
    }
}
