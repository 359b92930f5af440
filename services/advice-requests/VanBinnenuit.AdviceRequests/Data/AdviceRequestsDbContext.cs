using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Data;

public sealed class AdviceRequestsDbContext(DbContextOptions<AdviceRequestsDbContext> options, Caller caller) : DbContext(options)
{
    // Read per query: a municipal officer's queries only ever see their own municipality's requests.
    private string? MunicipalityScope => caller.MunicipalityScope;
    private bool SeesInternalNotes => caller.Role is not Roles.MunicipalOfficer;

    public DbSet<AdviceRequest> Requests => Set<AdviceRequest>();
    public DbSet<RequestMessage> Messages => Set<RequestMessage>();
    public DbSet<RequestDocument> Documents => Set<RequestDocument>();
    public DbSet<KnowledgeEntry> KnowledgeBase => Set<KnowledgeEntry>();
    public DbSet<KnownAccount> Accounts => Set<KnownAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.Entity<AdviceRequest>(request =>
        {
            request.ToTable("advice_requests");
            request.Property(r => r.MunicipalityCode).HasMaxLength(6);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Result).HasConversion<string>().HasMaxLength(40);
            request.Property(r => r.AssignedAdvisor).HasMaxLength(100);
            request.Property(r => r.Question).HasMaxLength(AdviceRequestDraft.QuestionLength);
            request.Property(r => r.HopesOther).HasMaxLength(300);
            request.Property(r => r.TimingNote).HasMaxLength(300);
            request.Property(r => r.Version).IsRowVersion();
            request.Ignore(r => r.Trail);
            request.OwnsOne(r => r.Contact, contact =>
            {
                contact.Property(c => c.Name).HasMaxLength(100);
                contact.Property(c => c.Email).HasMaxLength(254);
                contact.Property(c => c.Phone).HasMaxLength(30);
            });
            request.Navigation(r => r.Contact).IsRequired();
            request.OwnsOne(r => r.Advice, advice =>
            {
                advice.Property(a => a.Text).HasMaxLength(AdviceDraft.TextLength);
                advice.Property(a => a.RecordedBy).HasMaxLength(100);
            });
            request.OwnsOne(r => r.Series, series => series.Property(s => s.Status).HasMaxLength(20));
            // The audit trail is its own append-only table: the migration adds a trigger that refuses
            // any UPDATE or DELETE of it, so no code path (or hand-written SQL) can rewrite history,
            // and a request with a history cannot be deleted either (the cascade hits the trigger).
            request.OwnsMany(r => r.AuditTrail, entry =>
            {
                entry.ToTable("audit_trail");
                entry.WithOwner().HasForeignKey("advice_request_id");
                entry.Property(e => e.Id).UseIdentityAlwaysColumn();
                entry.HasKey(e => e.Id);
                entry.Property(e => e.Who).HasMaxLength(100);
                entry.Property(e => e.Action).HasMaxLength(40);
                entry.Property(e => e.Before).HasMaxLength(300);
                entry.Property(e => e.After).HasMaxLength(300);
                entry.Property(e => e.Detail).HasMaxLength(500);
            });
            request.HasIndex(r => r.MunicipalityCode);
            request.HasIndex(r => new { r.Status, r.AssignedAdvisor });
            request.HasQueryFilter(r => MunicipalityScope == null || r.MunicipalityCode == MunicipalityScope);
        });
        modelBuilder.Entity<RequestMessage>(message =>
        {
            message.ToTable("messages");
            message.Property(m => m.AuthorId).HasMaxLength(100);
            message.Property(m => m.AuthorRole).HasMaxLength(30);
            message.Property(m => m.Text).HasMaxLength(MessageDraft.TextLength);
            message.HasOne<AdviceRequest>().WithMany().HasForeignKey(m => m.AdviceRequestId);
            message.HasIndex(m => new { m.AdviceRequestId, m.At });
            message.HasQueryFilter(m => SeesInternalNotes || !m.Internal);
        });
        modelBuilder.Entity<RequestDocument>(document =>
        {
            document.ToTable("documents");
            document.Property(d => d.FileName).HasMaxLength(200);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.Property(d => d.AddedBy).HasMaxLength(100);
            document.Property(d => d.AddedByRole).HasMaxLength(30);
            document.HasOne<AdviceRequest>().WithMany().HasForeignKey(d => d.AdviceRequestId);
            document.HasIndex(d => d.AdviceRequestId);
        });
        modelBuilder.Entity<KnowledgeEntry>(entry =>
        {
            entry.ToTable("knowledge_base");
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Title).HasMaxLength(KnowledgeDraft.TitleLength);
            entry.Property(e => e.Body).HasMaxLength(KnowledgeDraft.BodyLength);
            entry.Property(e => e.UpdatedBy).HasMaxLength(100);
            entry.Property(e => e.Version).IsRowVersion();
            entry.HasData(KnowledgeBaseSeed.Placeholders);
        });
        modelBuilder.Entity<KnownAccount>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.Id).ValueGeneratedNever();
            account.Property(a => a.DisplayName).HasMaxLength(200);
            account.Property(a => a.Role).HasMaxLength(40);
            account.HasIndex(a => new { a.Role, a.Active });
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
