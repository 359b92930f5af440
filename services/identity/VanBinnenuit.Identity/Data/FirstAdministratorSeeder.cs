using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Persistence.Database;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// A new deployment's first administrator, who then adds everyone else in the web's account pages:
/// created from <c>Identity:FirstAdministrator:Email</c> and <c>:Password</c> (a secret) while the system has
/// no administrator at all, and never again after. Outside Development only (the demo has its own).
/// </summary>
internal sealed class FirstAdministratorSeeder(UserManager<AccountUser> users, IConfiguration configuration) : IDatabaseSeeder<IdentityDbContext>
{
    public const string Section = "Identity:FirstAdministrator";

    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (configuration[$"{Section}:Email"] is not { Length: > 0 } email || configuration[$"{Section}:Password"] is not { Length: > 0 } password
            || await db.Users.AnyAsync(u => u.Role == Roles.Administrator, cancellationToken))
        {
            return;
        }
        var created = await users.CreateAsync(new AccountUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = "Beheerder",
            Role = Roles.Administrator,
            LockoutEnabled = true,
        }, password);
        if (!created.Succeeded)
        {
            // Named by code only: a description may repeat what was typed.
            throw new InvalidOperationException(
                $"The first administrator ({Section}) was not created: {string.Join(", ", created.Errors.Select(e => e.Code))}.");
        }
    }
}
