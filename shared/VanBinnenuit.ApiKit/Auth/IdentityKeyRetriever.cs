using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace VanBinnenuit.ApiKit.Auth;

/// <summary>
/// Reads the identity service's discovery document and keys from its internal address. The
/// document names the public (gateway) addresses; a service fetches the keys directly instead,
/// so token validation does not depend on the gateway.
/// </summary>
internal sealed class IdentityKeyRetriever(string identityBase) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var configuration = OpenIdConnectConfiguration.Create(await retriever.GetDocumentAsync(address, cancel));
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync($"{identityBase}/.well-known/jwks", cancel));
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }
        return configuration;
    }
}
