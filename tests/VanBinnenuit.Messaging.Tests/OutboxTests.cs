using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.Messaging.Outbox;
using VanBinnenuit.Messaging.Tests.Fixtures;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Messaging.Tests;

[Collection(MessagingCollection.Name)]
public sealed class OutboxTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private IHost _host = null!;
    private string _database = null!;
    private string _broker = null!;

    public async Task InitializeAsync()
    {
        _database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "outbox");
        _broker = await infrastructure.ConnectionStringAsync(ResourceNames.Broker);
        _host = await MessagingTestHost.StartAsync(_database, _broker, $"outbox-{Guid.NewGuid():N}"[..15],
            bus => bus.AddConsumer<NoteWrittenConsumer>());
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static (Note Note, NoteWritten Event) NewNote(string text = "hello")
    {
        var note = new Note { Id = Guid.NewGuid(), Text = text };
        return (note, new NoteWritten { NoteId = note.Id, Text = text });
    }

    private Task<int> StoredEventsAsync(Guid eventId) =>
        _host.InScopeAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Id == eventId));

    [Fact]
    public async Task A_committed_change_stores_its_event_and_the_relay_delivers_it()
    {
        var (note, written) = NewNote();
        await _host.InScopeAsync(async db =>
        {
            db.Notes.Add(note);
            db.AddIntegrationEvent(written);
            return await db.SaveChangesAsync();
        });

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(note.Id) == 1, "the consumer handled the note");
        var stored = await _host.InScopeAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == written.EventId));
        Assert.NotNull(stored.SentAt);
    }

    [Fact]
    public async Task An_event_the_domain_records_is_mapped_stored_with_the_save_and_delivered()
    {
        var note = Note.Write("recorded");
        await _host.InScopeAsync(async db =>
        {
            db.Notes.Add(note);
            return await db.SaveChangesAsync();
        });

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(note.Id) == 1, "the consumer handled the recorded note");
        var eventId = Assert.Single(NoteEvents.EventsOf[note.Id]);
        Assert.Equal(1, await StoredEventsAsync(eventId));
        // Handed over once: saving the note again maps and stores nothing more.
        await _host.InScopeAsync(async db =>
        {
            db.Notes.Attach(note);
            return await db.SaveChangesAsync();
        });
        Assert.Single(NoteEvents.EventsOf[note.Id]);
    }

    [Fact]
    public async Task An_event_the_domain_records_is_not_stored_when_its_save_is_refused()
    {
        var note = Note.Write(new string('x', 51)); // longer than the column allows
        await Assert.ThrowsAsync<DbUpdateException>(() => _host.InScopeAsync(async db =>
        {
            db.Notes.Add(note);
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(0, await StoredEventsAsync(Assert.Single(NoteEvents.EventsOf[note.Id])));
    }

    [Fact]
    public async Task A_rolled_back_change_leaves_no_event()
    {
        var (note, written) = NewNote();
        await _host.InScopeAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(note);
            db.AddIntegrationEvent(written);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(0, await StoredEventsAsync(written.EventId));
        Assert.Equal(0, await _host.InScopeAsync(db => db.Notes.CountAsync(n => n.Id == note.Id)));
    }

    [Fact]
    public async Task A_change_the_database_refuses_leaves_no_event()
    {
        var (note, written) = NewNote(new string('x', 51)); // longer than the column allows
        await Assert.ThrowsAsync<DbUpdateException>(() => _host.InScopeAsync(async db =>
        {
            db.Notes.Add(note);
            db.AddIntegrationEvent(written);
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(0, await StoredEventsAsync(written.EventId));
    }

    [Fact]
    public async Task The_trace_of_the_change_continues_in_the_consumer()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("VanBinnenuit.Messaging.Tests");

        var (note, written) = NewNote();
        ActivityTraceId traceId;
        using (var request = source.StartActivity("HTTP POST /v1/notes"))
        {
            traceId = request!.TraceId;
            await _host.InScopeAsync(async db =>
            {
                db.Notes.Add(note);
                db.AddIntegrationEvent(written);
                return await db.SaveChangesAsync();
            });
        }

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(note.Id) == 1, "the consumer handled the note");
        var handled = await _host.InScopeAsync(db => db.HandledNotes.SingleAsync(n => n.NoteId == note.Id));
        Assert.Equal(traceId.ToString(), handled.TraceId);
    }

    [Fact]
    public async Task Several_relays_on_one_outbox_publish_each_event_exactly_once()
    {
        // A second replica of the same service: same database, its own relay; it also counts raw deliveries.
        // StartAsync returns once its queue is bound, so nothing published below can miss it.
        using var replica = await MessagingTestHost.StartAsync(_database, _broker, $"replica-{Guid.NewGuid():N}"[..15],
            bus => bus.AddConsumer<DeliveryCounter>());

        var notes = Enumerable.Range(0, 300).Select(i => NewNote($"note {i}")).ToList();
        await _host.InScopeAsync(async db =>
        {
            foreach (var (note, written) in notes)
            {
                db.Notes.Add(note);
                db.AddIntegrationEvent(written);
            }
            return await db.SaveChangesAsync();
        });

        var ids = notes.Select(n => n.Note.Id).ToHashSet();
        await MessagingTestHost.EventuallyAsync(
            () => Task.FromResult(ids.All(DeliveryCounter.Deliveries.ContainsKey)), "every event was delivered");
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a second copy, if any relay sent one
        Assert.All(ids, id => Assert.Equal(1, DeliveryCounter.Deliveries[id]));
        await replica.StopAsync();
    }

    [Fact]
    public async Task A_stored_event_that_cannot_be_read_back_is_set_aside_after_a_few_tries_and_the_events_after_it_go_on()
    {
        // At the head of the queue: an event whose type was renamed since it was stored, and one whose body is broken.
        var renamed = new OutboxMessage
        {
            Id = Guid.NewGuid(), MessageType = "VanBinnenuit.Contracts.Registry.RenamedSinceStored", Body = "{}", OccurredAt = DateTimeOffset.UtcNow.AddHours(-1),
        };
        var broken = new OutboxMessage
        {
            Id = Guid.NewGuid(), MessageType = typeof(NoteWritten).FullName!, Body = """{"noteId":"not-a-guid"}""", OccurredAt = DateTimeOffset.UtcNow.AddHours(-1),
        };
        var (note, written) = NewNote("after the bad ones");
        await _host.InScopeAsync(async db =>
        {
            db.Set<OutboxMessage>().AddRange(renamed, broken);
            db.Notes.Add(note);
            db.AddIntegrationEvent(written);
            return await db.SaveChangesAsync();
        });

        await MessagingTestHost.EventuallyAsync(async () => await _host.HandledCountAsync(note.Id) == 1, "the event after the bad ones was handled");
        await MessagingTestHost.EventuallyAsync(async () => await _host.InScopeAsync(db =>
            db.Set<OutboxMessage>().CountAsync(m => (m.Id == renamed.Id || m.Id == broken.Id) && m.SetAsideAt != null)) == 2, "both bad rows were set aside");
        var setAside = await _host.InScopeAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id == renamed.Id || m.Id == broken.Id).ToListAsync());
        // Kept as they were, never sent, with the tries and the reason.
        Assert.All(setAside, m =>
        {
            Assert.Null(m.SentAt);
            Assert.Equal(new OutboxOptions().MaxReadAttempts, m.Attempts);
            Assert.False(string.IsNullOrEmpty(m.SetAsideReason));
        });
        Assert.Contains("unknown", setAside.Single(m => m.Id == renamed.Id).SetAsideReason);
        Assert.StartsWith("JsonException", setAside.Single(m => m.Id == broken.Id).SetAsideReason);
    }
}
