using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Vocabulary;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// Demo accounts for Development only (registered nowhere else): one person per role, officers of
/// two municipalities, and a machine client per municipality. Their secrets are public on purpose.
/// </summary>
internal sealed class DemoAccountsSeeder(UserManager<AccountUser> users, IOpenIddictApplicationManager applications, IConfiguration configuration)
    : IDatabaseSeeder<IdentityDbContext>
{
    public const string Password = "Demo-wachtwoord-2026";

    /// <summary>The demo's people, with made-up names: what the other services are told they are called.</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role, string? Municipality, string? Leader)> People =
    [
        ("coordinator@demo.vanbinnenuit.nl", "Sanne Bakker", Roles.Coordinator, null, null),
        ("adviseur@demo.vanbinnenuit.nl", "Yusuf Demir", Roles.Advisor, null, null),
        // The same name as the leader the registry seeds for this account.
        ("gespreksleider@demo.vanbinnenuit.nl", "Demo-gespreksleider", Roles.Leader, null, DemoData.LeaderId),
        ("ambtenaar.amsterdam@demo.vanbinnenuit.nl", "Eva de Vries", Roles.MunicipalOfficer, "GM0363", null),
        ("ambtenaar.rotterdam@demo.vanbinnenuit.nl", "Mehmet Kaya", Roles.MunicipalOfficer, "GM0599", null),
        ("beheerder@demo.vanbinnenuit.nl", "Peter Jansen", Roles.Administrator, null, null),
    ];

    public static readonly IReadOnlyList<(string ClientId, string Secret, string Municipality)> MachineClients =
    [
        ("demo-gm0363-system", "demo-secret-gm0363", "GM0363"),
        ("demo-gm0599-system", "demo-secret-gm0599", "GM0599"),
    ];

    /// <summary>The demo programme's loader (tools/VanBinnenuit.DemoProgramme): writes the demo world with the coordinator's rights.</summary>
    public static readonly (string ClientId, string Secret) ProgrammeClient = ("demo-programme", "demo-secret-programme");

    /// <summary>
    /// The web frontend's client until it has its own: code flow with PKCE, redirecting to the gateway
    /// of ./run.sh, and to the address in <c>Identity:WebRedirectUri</c> (the app host passes the
    /// gateway's, which is random in tests).
    /// </summary>
    public static readonly (string ClientId, string Secret, string RedirectUri) WebClient =
        ("demo-web", "demo-secret-web", "http://localhost:5080/signin-oidc");

    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        // A demo database kept between runs learns the gateway's address of this run.
        var redirects = new[] { WebClient.RedirectUri, configuration["Identity:WebRedirectUri"] }
            .Where(uri => Uri.IsWellFormedUriString(uri, UriKind.Absolute)).Select(uri => new Uri(uri!)).Distinct().ToList();
        await WebClientRegistration.EnsureAsync(applications, WebClient.ClientId, WebClient.Secret, "Van Binnenuit (demo)", redirects,
            alwaysSetSecret: false, cancellationToken);

        foreach (var (email, name, role, municipality, leader) in People)
        {
            var existing = await users.FindByEmailAsync(email);
            if (existing is not null && (existing.LeaderId != leader || existing.DisplayName != name))
            {
                // A demo database from before the registry seeded its demo leader, or before the demo's people had names.
                existing.LeaderId = leader;
                existing.DisplayName = name;
                await users.UpdateAsync(existing);
            }
            if (existing is null)
            {
                await users.CreateAsync(new AccountUser
                {
                    // The advisor's id is known to the demo programme, which assigns requests to it.
                    Id = role == Roles.Advisor ? Guid.Parse(DemoData.AdvisorAccountId) : Guid.CreateVersion7(),
                    UserName = email,
                    Email = email,
                    DisplayName = name,
                    Role = role,
                    MunicipalityCode = municipality,
                    LeaderId = leader,
                    LockoutEnabled = true,
                }, Password);
            }
        }

        foreach (var (clientId, secret, municipality) in MachineClients)
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is null)
            {
                await applications.CreateAsync(
                    MachineClient.Describe(clientId, secret, $"Demo-systeem {municipality}", Roles.MunicipalOfficer, municipality), cancellationToken);
            }
        }
        if (await applications.FindByClientIdAsync(ProgrammeClient.ClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(
                MachineClient.Describe(ProgrammeClient.ClientId, ProgrammeClient.Secret, "Demoprogramma", Roles.Coordinator, null), cancellationToken);
        }
    }
}
