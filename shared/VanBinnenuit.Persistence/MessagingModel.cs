using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Persistence.Inbox;
using VanBinnenuit.Persistence.Outbox;

namespace VanBinnenuit.Persistence;

public static class MessagingModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";

    /// <summary>Adds the outbox and inbox tables to a service's model; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.Body).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.SetAsideReason).HasMaxLength(500);
            // The relay only ever looks for unsent messages in order; keep that index small.
            outbox.HasIndex(m => new { m.OccurredAt, m.Id }).HasFilter("sent_at IS NULL AND set_aside_at IS NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(300);
        });

        return modelBuilder;
    }
}
