using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Messaging;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.AdviceRequests.Data;

public sealed class AdviceRequestsDbContext(DbContextOptions<AdviceRequestsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddRegistryReadModels();
        modelBuilder.AddOutboxAndInbox();
    }
}
