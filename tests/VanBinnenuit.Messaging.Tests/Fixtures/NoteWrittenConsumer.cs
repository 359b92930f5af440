using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using VanBinnenuit.Messaging.Inbox;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

public sealed class NoteWrittenConsumer(TestDbContext db) : InboxConsumer<NoteWritten, TestDbContext>(db)
{
    public const string Poison = "poison";

    protected override Task HandleAsync(NoteWritten message, CancellationToken cancellationToken)
    {
        if (message.Text == Poison)
        {
            throw new InvalidOperationException("This note cannot be handled.");
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
