using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

public sealed class NoteWrittenConsumer(TestDbContext db) : InboxConsumer<NoteWritten, TestDbContext>(db)
{
    public const string Poison = "poison";

    /// <summary>A note whose text is "away until " and a UTC instant (round-trip format) meets its database away until then.</summary>
    public const string AwayUntil = "away until ";

    protected override Task HandleAsync(NoteWritten message, CancellationToken cancellationToken)
    {
        if (message.Text == Poison)
        {
            throw new InvalidOperationException("This note cannot be handled.");
        }
        if (message.Text.StartsWith(AwayUntil, StringComparison.Ordinal)
            && DateTimeOffset.UtcNow < DateTimeOffset.Parse(message.Text[AwayUntil.Length..], System.Globalization.CultureInfo.InvariantCulture))
        {
            // What Npgsql throws when the server's socket is gone: transient by its own account.
            throw new Npgsql.NpgsqlException("Exception while reading from stream", new IOException("the server closed the connection"));
        }
        Db.HandledNotes.Add(new HandledNote { NoteId = message.NoteId, Text = message.Text, TraceId = Activity.Current?.TraceId.ToString() });
        return Task.CompletedTask;
    }
}

/// <summary>Counts raw deliveries, without an inbox, to see how often the relay really published each event.</summary>
public sealed class DeliveryCounter : IConsumer<NoteWritten>
{
    public static readonly ConcurrentDictionary<Guid, int> Deliveries = new();

    public Task Consume(ConsumeContext<NoteWritten> context)
    {
        Deliveries.AddOrUpdate(context.Message.NoteId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
