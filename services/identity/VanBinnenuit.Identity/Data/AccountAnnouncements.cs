using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Contracts.Identity;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Persistence.Outbox;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// Publishes an account's display name and role (<see cref="AccountChanged"/>) whenever they, or whether it
/// may sign in, change, so the services show people by name without ever asking identity or holding an e-mail address.
/// </summary>
public static class AccountAnnouncements
{
    // What the event carries; a password, a security stamp or a failed sign-in changes nothing others see.
    private static readonly string[] Announced = [nameof(AccountUser.DisplayName), nameof(AccountUser.Role), nameof(AccountUser.LockoutEnd)];

    /// <summary>Adds an event to the outbox for each tracked account that is new, changed in what others see, or never announced.</summary>
    public static void Add(IdentityDbContext db, DateTimeOffset now)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<AccountUser>().ToList())
        {
            var changed = entry.State == EntityState.Added
                // By value, not IsModified: UserManager's updates mark every property modified.
                || (entry.State == EntityState.Modified && Announced.Any(name => !Equals(entry.Property(name).OriginalValue, entry.Property(name).CurrentValue)))
                || (entry.State != EntityState.Deleted && entry.Entity.AnnouncedAt is null);
            if (!changed)
            {
                continue;
            }
            var user = entry.Entity;
            user.AnnouncedAt = now;
            db.AddIntegrationEvent(new AccountChanged
            {
                OccurredAt = now,
                Account = new AccountSnapshot
                {
                    Id = user.Id,
                    DisplayName = user.DisplayName,
                    Role = user.Role,
                    Active = !(user.LockoutEnd > now),
                },
            });
        }
    }
}

/// <summary>
/// Announces the accounts that were there before identity published names: loading them is enough,
/// since a save announces every tracked account never announced.
/// </summary>
internal sealed class AccountAnnouncementSeeder : IDatabaseSeeder<IdentityDbContext>
{
    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.AnnouncedAt == null).LoadAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
