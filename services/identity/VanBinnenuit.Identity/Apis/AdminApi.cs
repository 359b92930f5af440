using Microsoft.AspNetCore.Authorization;
using OpenIddict.Validation.AspNetCore;
using VanBinnenuit.ApiKit.Auth;

namespace VanBinnenuit.Identity.Apis;

/// <summary>The administrators' API: accounts, machine clients, signing keys and the access audit.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/v1").RequireAuthorization(new AuthorizeAttribute
        {
            AuthenticationSchemes = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme,
            Policy = Policies.ManageAccess,
        });
        admin.MapGroup("/users").WithTags("Users").MapUsersApi();
        admin.MapGroup("/clients").WithTags("Clients").MapClientsApi();
        admin.MapGroup("/access-events").WithTags("Access audit").MapAccessEventsApi();
        admin.MapGroup("/token-keys").WithTags("Token keys").MapTokenKeysApi();
        return app;
    }
}
