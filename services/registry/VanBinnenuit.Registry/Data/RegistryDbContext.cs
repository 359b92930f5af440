using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options, Caller caller) : DbContext(options)
{
    // Read per query, so each request's context filters by its own caller.
    private string? MunicipalityScope => caller.MunicipalityScope;

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ConversationLeader> Leaders => Set<ConversationLeader>();
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Trigram indexes make "name contains" searches fast.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Municipality>(municipality =>
        {
            municipality.HasKey(m => m.Code);
            municipality.Property(m => m.Code).HasMaxLength(6);
            municipality.Property(m => m.Name).HasMaxLength(100);
            municipality.Property(m => m.ProvinceCode).HasMaxLength(4);
            municipality.Property(m => m.ProvinceName).HasMaxLength(50);
            municipality.Property(m => m.Version).IsRowVersion();
            municipality.ComplexCollection(m => m.ContactPersons, contact => contact.ToJson());
            municipality.HasIndex(m => m.ProvinceCode);
            // A municipal officer's queries see their own municipality only, whichever endpoint runs them.
            municipality.HasQueryFilter(m => MunicipalityScope == null || m.Code == MunicipalityScope);
        });
        modelBuilder.Entity<CatalogueEntry>(entry =>
        {
            entry.HasKey(e => new { e.Catalogue, e.Code });
            entry.Property(e => e.Catalogue).HasConversion<string>().HasMaxLength(20);
            entry.Property(e => e.Code).HasMaxLength(40);
            entry.Property(e => e.Name).HasMaxLength(100);
            entry.Property(e => e.Version).IsRowVersion();
        });
        modelBuilder.Entity<Community>(community =>
        {
            community.Property(c => c.Name).HasMaxLength(100);
            community.Property(c => c.DiversityNotes).HasMaxLength(4000);
            community.Property(c => c.InactiveReason).HasMaxLength(500);
            community.Property(c => c.Version).IsRowVersion();
            community.ComplexCollection(c => c.Presence, presence => presence.ToJson());
            community.HasIndex(c => c.PresentIn).HasMethod("gin");
            community.HasIndex(c => c.Name).HasMethod("gin").HasOperators("gin_trgm_ops");
            // An officer sees the communities present in their own municipality.
            community.HasQueryFilter(c => MunicipalityScope == null || c.PresentIn.Contains(MunicipalityScope));
        });
        modelBuilder.Entity<Organisation>(organisation =>
        {
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
            organisation.Property(o => o.KvkNumber).HasMaxLength(8);
            organisation.Property(o => o.InactiveReason).HasMaxLength(500);
            organisation.Property(o => o.Version).IsRowVersion();
            organisation.ComplexCollection(o => o.ContactPersons, contact => contact.ToJson());
            organisation.HasIndex(o => o.MunicipalityCodes).HasMethod("gin");
            organisation.HasIndex(o => o.CommunityIds).HasMethod("gin");
            organisation.HasIndex(o => o.Name).HasMethod("gin").HasOperators("gin_trgm_ops");
            organisation.HasQueryFilter(o => MunicipalityScope == null || o.MunicipalityCodes.Contains(MunicipalityScope));
        });
        modelBuilder.Entity<ConversationLeader>(leader =>
        {
            leader.ToTable("leaders");
            leader.Property(l => l.DisplayName).HasMaxLength(100);
            leader.Property(l => l.Email).HasMaxLength(254);
            leader.Property(l => l.Phone).HasMaxLength(30);
            leader.Property(l => l.Gender).HasMaxLength(50);
            leader.Property(l => l.HomeMunicipalityCode).HasMaxLength(6);
            leader.Property(l => l.InactiveReason).HasMaxLength(500);
            leader.Property(l => l.Version).IsRowVersion();
            leader.ComplexCollection(l => l.Languages, language => language.ToJson());
            leader.ComplexCollection(l => l.Availability, window => window.ToJson());
            leader.ComplexCollection(l => l.Absences, absence => absence.ToJson());
            leader.HasIndex(l => l.LanguageCodes).HasMethod("gin");
            leader.HasIndex(l => l.TopicCodes).HasMethod("gin");
            leader.HasIndex(l => l.CommunityIds).HasMethod("gin");
            leader.HasIndex(l => l.ServedMunicipalityCodes).HasMethod("gin");
            leader.HasIndex(l => l.ServedProvinceCodes).HasMethod("gin");
            leader.HasIndex(l => l.TravelProvinceCodes).HasMethod("gin");
            leader.HasIndex(l => l.DisplayName).HasMethod("gin").HasOperators("gin_trgm_ops");
            leader.HasIndex(l => new { l.Active, l.DisplayName });
            // Officers see the leaders who lead sessions, and of them only name and languages (see LeaderView).
            leader.HasQueryFilter(l => MunicipalityScope == null || l.Active);
        });
        modelBuilder.Entity<ImportRecord>(import =>
        {
            import.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            import.Property(i => i.Subject).HasMaxLength(100);
            import.Property(i => i.FileName).HasMaxLength(200);
            import.HasIndex(i => i.StartedAt);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
