using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence;

namespace VanBinnenuit.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityDbContext<AccountUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (token keys are encrypted with it; sign-in cookies too), shared by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();
    public DbSet<AccessEvent> AccessEvents => Set<AccessEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<AccountUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Role).HasMaxLength(40);
            user.Property(u => u.MunicipalityCode).HasMaxLength(6);
            user.Property(u => u.LeaderId).HasMaxLength(64);
        });
        modelBuilder.Entity<AccessEvent>(audit =>
        {
            audit.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            audit.Property(e => e.Subject).HasMaxLength(200);
            audit.Property(e => e.Actor).HasMaxLength(200);
            audit.Property(e => e.RemoteAddress).HasMaxLength(45);
            audit.Property(e => e.Detail).HasMaxLength(500);
            audit.HasIndex(e => e.OccurredAt);
        });
        modelBuilder.Entity<TokenKey>(key =>
        {
            key.Property(k => k.Use).HasMaxLength(3);
            key.HasIndex(k => new { k.Use, k.CreatedAt });
        });
        modelBuilder.AddOutboxAndInbox();
    }

    // Every save announces the accounts it creates or changes, whichever code path made the change
    // (the administrators' API, the demo seeder, a test), in the same transaction as the change.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AccountAnnouncements.Add(this, DateTimeOffset.UtcNow);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AccountAnnouncements.Add(this, DateTimeOffset.UtcNow);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
