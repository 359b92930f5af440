using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts;
using VanBinnenuit.Persistence.Concurrency;

namespace VanBinnenuit.ReadModels;

public static class RegistryReadModels
{
    /// <summary>Adds the municipality, community and organisation reference tables; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddRegistryReadModels(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MunicipalityReference>(municipality =>
        {
            municipality.ToTable("municipality_references");
            municipality.HasKey(m => m.Code);
            municipality.Property(m => m.Code).HasMaxLength(6);
            municipality.Property(m => m.Name).HasMaxLength(100);
            municipality.Property(m => m.ProvinceCode).HasMaxLength(4);
            municipality.Property(m => m.ProvinceName).HasMaxLength(50);
        });
        modelBuilder.Entity<CommunityReference>(community =>
        {
            community.ToTable("community_references");
            community.Property(c => c.Name).HasMaxLength(100);
            community.HasIndex(c => c.MunicipalityCodes).HasMethod("gin");
        });
        modelBuilder.Entity<OrganisationReference>(organisation =>
        {
            organisation.ToTable("organisation_references");
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Kind).HasMaxLength(40);
            organisation.HasIndex(o => o.MunicipalityCodes).HasMethod("gin");
        });
        return modelBuilder;
    }

    /// <summary>
    /// Brings the row with this key up to the event: adds it when new, applies the event when the
    /// event is newer than what the row holds. An older event arriving late never undoes a newer one.
    /// </summary>
    public static async Task UpsertAsync<TReference>(this DbContext db, object key, IntegrationEvent message,
        Func<TReference> create, Action<TReference> apply, CancellationToken cancellationToken)
        where TReference : class, IReference
    {
        await db.LockKeyAsync(typeof(TReference).Name, key, cancellationToken);
        var existing = await db.Set<TReference>().FindAsync([key], cancellationToken);
        if (existing is null)
        {
            existing = create();
            db.Set<TReference>().Add(existing);
        }
        else if (existing.UpdatedAt > message.OccurredAt)
        {
            return;
        }
        apply(existing);
        existing.UpdatedAt = message.OccurredAt;
    }
}
