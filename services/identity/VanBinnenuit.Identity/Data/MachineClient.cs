using System.Text.Json;
using OpenIddict.Abstractions;
using VanBinnenuit.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Data;

/// <summary>
/// A system that signs in with client credentials, stored as an OpenIddict application whose properties keep
/// the role and municipality its tokens carry (read back by the token endpoint).
/// </summary>
public static class MachineClient
{
    public const string RoleProperty = "role";
    public const string MunicipalityProperty = "municipality";

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
        descriptor.Properties[RoleProperty] = Property(role);
        if (municipality is not null)
        {
            descriptor.Properties[MunicipalityProperty] = Property(municipality);
        }
        return descriptor;
    }

    /// <summary>A client property value as OpenIddict stores it.</summary>
    public static JsonElement Property(string value) => JsonSerializer.SerializeToElement(value);
}
