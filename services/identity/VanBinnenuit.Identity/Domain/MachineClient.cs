using OpenIddict.Abstractions;
using VanBinnenuit.Identity.Apis;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Domain;

/// <summary>A system that signs in with client credentials, with the role and municipality its tokens carry.</summary>
public static class MachineClient
{
    public static OpenIddictApplicationDescriptor Describe(string clientId, string secret, string displayName, string role, string? municipality)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + ApiAudiences.Scope },
        };
        descriptor.Properties[TokenApi.RoleProperty] = TokenApi.Property(role);
        if (municipality is not null)
        {
            descriptor.Properties[TokenApi.MunicipalityProperty] = TokenApi.Property(municipality);
        }
        return descriptor;
    }
}
