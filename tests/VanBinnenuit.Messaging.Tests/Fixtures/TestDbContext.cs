using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VanBinnenuit.Persistence;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

public sealed class Note
{
    public Guid Id { get; init; }
    public required string Text { get; init; }
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
