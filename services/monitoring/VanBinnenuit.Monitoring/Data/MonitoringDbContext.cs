using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Messaging;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Data;

public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.AddOutboxAndInbox();
    }
}
