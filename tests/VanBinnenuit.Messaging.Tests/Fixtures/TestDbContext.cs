using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VanBinnenuit.Contracts;
using VanBinnenuit.Persistence;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

public sealed class Note : IRecordsEvents
{
    private readonly RecordedEvents recorded = new();

    public Guid Id { get; init; }
    public required string Text { get; init; }

    /// <summary>A note that records, as the services' entities do, that it was written.</summary>
    public static Note Write(string text)
    {
        var note = new Note { Id = Guid.NewGuid(), Text = text };
        note.recorded.Add(new NoteTaken(note));
        return note;
    }

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();
}

public sealed record NoteTaken(Note Note) : IDomainEvent;

/// <summary>The test service's mapping; it remembers the events it made of each note, for the tests to look for.</summary>
public sealed class NoteEvents : IIntegrationEvents
{
    public static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Guid>> EventsOf = new();

    public IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent)
    {
        var note = ((NoteTaken)domainEvent).Note;
        var written = new NoteWritten { NoteId = note.Id, Text = note.Text };
        EventsOf.GetOrAdd(note.Id, _ => new()).Enqueue(written.EventId);
        return [written];
    }
}

/// <summary>What a consumer did with a message: the effect whose count the inbox must keep at one.</summary>
public sealed class HandledNote
{
    public long Id { get; init; }
    public Guid NoteId { get; init; }
    public required string Text { get; init; }
    public string? TraceId { get; init; }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<HandledNote> HandledNotes => Set<HandledNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>().Property(n => n.Text).HasMaxLength(50);
        modelBuilder.AddOutboxAndInbox();
    }
}

/// <summary>For <c>dotnet ef migrations add</c> only; nothing is connected to.</summary>
public sealed class TestDbContextFactory : IDesignTimeDbContextFactory<TestDbContext>
{
    public TestDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<TestDbContext>()
        .UseNpgsql("Host=localhost;Database=design").UseSnakeCaseNamingConvention().Options);
}
