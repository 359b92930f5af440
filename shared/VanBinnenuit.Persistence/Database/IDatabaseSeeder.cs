using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.Persistence.Database;

/// <summary>Reference data a service loads after its migrations; must be idempotent.</summary>
public interface IDatabaseSeeder<in TDbContext> where TDbContext : DbContext
{
    Task SeedAsync(TDbContext db, CancellationToken cancellationToken);
}
