using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Tests;

/// <summary>The identity service in-process on a real PostgreSQL database of its own and the real broker.</summary>
public sealed class IdentityFactory(string database, string broker) : WebApplicationFactory<IdentityDbContext>
{
    public const string Issuer = "http://identity.test/";

    public static async Task<IdentityFactory> OnFreshDatabaseAsync(InfrastructureFixture infrastructure, string prefix) => new(
        await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, prefix), await infrastructure.FreshBrokerAsync(prefix));

    /// <summary>Another start of the service on the same database, as after a restart or in a second replica.</summary>
    public IdentityFactory Restarted() => new(database, broker);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Broker}", broker);
        builder.UseSetting("Identity:Issuer", Issuer);
    }

    public const string WebClientId = "web";
    public const string WebSecret = "a-long-secret-for-the-web-frontend";
    public const string WebRedirect = "http://web.test/signin-oidc";

    /// <summary>Registers the web frontend: code flow with PKCE and refresh tokens.</summary>
    public async Task AddWebClientAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = WebClientId,
            ClientSecret = WebSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(WebRedirect) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Prefixes.Scope + "api",
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    /// <summary>Creates a person's account with a role and binding.</summary>
    public async Task AddUserAsync(string email, string password, string role, string? municipality = null, string? leaderId = null)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Data.AccountUser>>();
        var result = await users.CreateAsync(new Data.AccountUser
        {
            UserName = email,
            Email = email,
            DisplayName = email.Split('@')[0],
            Role = role,
            MunicipalityCode = municipality,
            LeaderId = leaderId,
            LockoutEnabled = true,
        }, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>An access token for the API scope, from the client-credentials flow.</summary>
    public async Task<string> MachineTokenAsync(string clientId, string secret)
    {
        using var response = await CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "api",
        }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>Registers a machine client, as an administrator would.</summary>
    public async Task AddMachineClientAsync(string clientId, string secret, string role, string? municipality)
    {
        using var scope = Services.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await applications.CreateAsync(Data.MachineClient.Describe(clientId, secret, $"Systeem {clientId}", role, municipality));
    }
}
