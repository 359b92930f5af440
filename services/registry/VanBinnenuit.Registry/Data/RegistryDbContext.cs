using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Messaging;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();

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
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
