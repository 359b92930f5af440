using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Messaging;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Registry.Data;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options, Caller caller) : DbContext(options)
{
    // Read per query, so each request's context filters by its own caller.
    private string? MunicipalityScope => caller.MunicipalityScope;

    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Municipality>(municipality =>
        {
            municipality.HasKey(m => m.Code);
            municipality.Property(m => m.Code).HasMaxLength(6);
            municipality.Property(m => m.Name).HasMaxLength(100);
            municipality.Property(m => m.ProvinceCode).HasMaxLength(4);
            municipality.Property(m => m.ProvinceName).HasMaxLength(50);
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
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
