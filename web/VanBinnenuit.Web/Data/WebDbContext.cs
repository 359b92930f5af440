using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.Web.Data;

/// <summary>
/// The web's own database: what every replica must share and nothing more. Sign-in sessions, so a person
/// signed in on one replica is signed in on all, and the Data Protection key ring, so a cookie or a form's
/// anti-forgery token made by one replica is read by another. The web holds no programme data; that stays
/// behind the services' APIs (checked in SharedLibraryTests).
/// </summary>
public sealed class WebDbContext(DbContextOptions<WebDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<SignInSession> Sessions => Set<SignInSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignInSession>(session =>
        {
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(SignInSession.KeyLength);
            // The sweep deletes by expiry.
            session.HasIndex(s => s.ExpiresAt);
        });
    }
}
