using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

/// <summary>Adds the starting catalogue entries that are missing; an edited name is left as it is.</summary>
internal sealed class CatalogueSeeder : IDatabaseSeeder<RegistryDbContext>
{
    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.CatalogueEntries.Select(e => new { e.Catalogue, e.Code }).ToListAsync(cancellationToken))
            .Select(e => (e.Catalogue, e.Code)).ToHashSet();
        db.CatalogueEntries.AddRange(StartingCatalogues.Entries
            .Where(e => !known.Contains((e.Catalogue, e.Code)))
            .Select(e => new CatalogueEntry { Catalogue = e.Catalogue, Code = e.Code, Name = e.Name }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
