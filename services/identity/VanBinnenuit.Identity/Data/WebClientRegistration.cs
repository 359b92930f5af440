using OpenIddict.Abstractions;
using VanBinnenuit.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// The web frontend's OpenID Connect client: code flow with PKCE, the profile, e-mail and API scopes, and
/// the web's callbacks behind the gateway. The demo's client and a deployment's differ only in id,
/// secret and addresses, so both are registered here.
/// </summary>
internal static class WebClientRegistration
{
    /// <summary>The web frontend's callback after signing out (the OpenID Connect handler's default).</summary>
    public const string SignedOutPath = "/signout-callback-oidc";

    /// <param name="signIns">The web's sign-in callbacks; the sign-out callback beside each is allowed too.</param>
    /// <param name="alwaysSetSecret">A deployment's secret is the one in its settings (it may have been rotated); the demo's changes only with the client.</param>
    public static async Task EnsureAsync(
        IOpenIddictApplicationManager applications, string clientId, string secret, string displayName, IReadOnlyCollection<Uri> signIns,
        bool alwaysSetSecret, CancellationToken cancellationToken)
    {
        var signedOut = signIns.Select(uri => new Uri(uri, SignedOutPath)).ToList();
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } existing)
        {
            var web = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = displayName,
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            AddPermissions(web);
            web.RedirectUris.UnionWith(signIns);
            web.PostLogoutRedirectUris.UnionWith(signedOut);
            await applications.CreateAsync(web, cancellationToken);
            return;
        }
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, existing, cancellationToken);
        var changed = signIns.Except(descriptor.RedirectUris).Any() || signedOut.Except(descriptor.PostLogoutRedirectUris).Any()
            || !descriptor.Permissions.Contains(Permissions.Endpoints.EndSession) || !descriptor.Permissions.Contains(Permissions.Scopes.Email);
        if (changed || alwaysSetSecret)
        {
            AddPermissions(descriptor);
            descriptor.RedirectUris.UnionWith(signIns);
            descriptor.PostLogoutRedirectUris.UnionWith(signedOut);
            // The stored secret is a hash: an update must carry the secret again.
            descriptor.ClientSecret = secret;
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    private static void AddPermissions(OpenIddictApplicationDescriptor web) => web.Permissions.UnionWith(
    [
        Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
        Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
        Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Prefixes.Scope + ApiAudiences.Scope,
    ]);
}
