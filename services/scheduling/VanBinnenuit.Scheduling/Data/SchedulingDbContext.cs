using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Messaging;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Scheduling.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMunicipalityReferences();
        modelBuilder.AddOutboxAndInbox();
    }
}
