using OpenIddict.Abstractions;
using VanBinnenuit.Persistence.Database;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// A deployment's web client, from its settings (<c>Identity:WebClient:ClientId</c>, <c>Identity:WebClient:Secret</c>):
/// the web sits behind the gateway, so its callbacks are on the issuer's address. Outside Development
/// only; the demo's own client is <see cref="DemoAccountsSeeder.WebClient"/>.
/// </summary>
internal sealed class WebClientSeeder(IOpenIddictApplicationManager applications, IConfiguration configuration) : IDatabaseSeeder<IdentityDbContext>
{
    public const string ClientIdSetting = "Identity:WebClient:ClientId";
    public const string SecretSetting = "Identity:WebClient:Secret";
    public const string DefaultClientId = "vanbinnenuit-web";

    public async Task SeedAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        // Production refuses to start without them (ProductionSettingsCheck); elsewhere there is nothing to register.
        if (configuration[SecretSetting] is not { Length: > 0 } secret || configuration["Identity:Issuer"] is not { Length: > 0 } issuer)
        {
            return;
        }
        var signIn = new Uri(new Uri(issuer), "/signin-oidc");
        await WebClientRegistration.EnsureAsync(applications, configuration[ClientIdSetting] ?? DefaultClientId, secret, "Van Binnenuit",
            [signIn], alwaysSetSecret: true, cancellationToken);
    }
}
