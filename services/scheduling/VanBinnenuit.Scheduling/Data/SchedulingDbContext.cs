using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Messaging;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<LeaderProfile> LeaderProfiles => Set<LeaderProfile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.Entity<LeaderProfile>(leader =>
        {
            leader.Property(l => l.DisplayName).HasMaxLength(100);
            // The snapshot as the event carried it; matching reads it whole.
            leader.Property(l => l.Profile).HasColumnType("jsonb").HasConversion(
                profile => JsonSerializer.Serialize(profile, Json),
                json => JsonSerializer.Deserialize<LeaderSnapshot>(json, Json)!);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
