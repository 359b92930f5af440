using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Identity.Domain;

namespace VanBinnenuit.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityDbContext<AccountUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();

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
        modelBuilder.Entity<TokenKey>(key =>
        {
            key.Property(k => k.Use).HasMaxLength(3);
            key.HasIndex(k => new { k.Use, k.CreatedAt });
        });
    }
}
