using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanBinnenuit.Identity.Apis;

public static partial class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this RouteGroupBuilder clients)
    {
        clients.MapPost("", CreateClient).WithName("CreateMachineClient").ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPost("/{clientId}/secret", RotateSecret).WithName("RotateMachineClientSecret");
        clients.MapDelete("/{clientId}", DeleteClient).WithName("DeleteMachineClient");
        return clients;
    }

    /// <summary>Register a municipality's machine client</summary>
    /// <remarks>
    /// For administrators: a municipality's own system signs in with client credentials (<c>POST /connect/token</c>, <c>grant_type=client_credentials</c>) and acts as that municipality's officer. The secret is in this answer only. A client id already in use is refused with 409.
    /// </remarks>
    public static async Task<Results<Created<NewClientResponse>, ProblemHttpResult>> CreateClient(
        NewClient request, IOpenIddictApplicationManager applications, AccessAudit audit, CancellationToken cancellationToken)
    {
        var invalid = new AccountBinding(Roles.MunicipalOfficer, request.MunicipalityCode, null).Validate().ToList();
        if (request.ClientId is null || !ClientIdPattern().IsMatch(request.ClientId))
        {
            invalid.Add(new InvalidParam("clientId", "Must be 3 to 64 lower-case letters, digits or hyphens."));
        }
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            invalid.Add(new InvalidParam("displayName", "Must be 1 to 200 characters."));
        }
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }
        if (await applications.FindByClientIdAsync(request.ClientId!, cancellationToken) is not null)
        {
            return ApiProblems.Conflict("A client with this id exists.");
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await applications.CreateAsync(MachineClient.Describe(
            request.ClientId!, secret, request.DisplayName!.Trim(), Roles.MunicipalOfficer, request.MunicipalityCode), cancellationToken);
        await audit.RecordNowAsync(AccessEventKind.ClientCreated, request.ClientId, $"municipality {request.MunicipalityCode}");
        return TypedResults.Created($"/v1/clients/{request.ClientId}", new NewClientResponse(request.ClientId!, secret, request.MunicipalityCode!));
    }

    /// <summary>Give a machine client a new secret</summary>
    /// <remarks>
    /// For administrators: a new secret, shown once; the old one stops working at once.
    /// </remarks>
    public static async Task<Results<Ok<NewClientResponse>, ProblemHttpResult>> RotateSecret(
        string clientId, IOpenIddictApplicationManager applications, AccessAudit audit, CancellationToken cancellationToken)
    {
        if (await MachineClientAsync(applications, clientId, cancellationToken) is not { } application)
        {
            return ApiProblems.NotFound("No machine client has this id.");
        }
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await applications.UpdateAsync(application, secret, cancellationToken);
        await audit.RecordNowAsync(AccessEventKind.ClientSecretRotated, clientId);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var municipality = properties.TryGetValue(MachineClient.MunicipalityProperty, out var code) ? code.GetString() ?? "" : "";
        return TypedResults.Ok(new NewClientResponse(clientId, secret, municipality));
    }

    /// <summary>Remove a machine client</summary>
    /// <remarks>
    /// For administrators: it gets no more tokens; those it holds end at their short expiry.
    /// </remarks>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteClient(
        string clientId, IOpenIddictApplicationManager applications, AccessAudit audit, CancellationToken cancellationToken)
    {
        if (await MachineClientAsync(applications, clientId, cancellationToken) is not { } application)
        {
            return ApiProblems.NotFound("No machine client has this id.");
        }
        await applications.DeleteAsync(application, cancellationToken);
        await audit.RecordNowAsync(AccessEventKind.ClientDeleted, clientId);
        return TypedResults.NoContent();
    }

    // Only clients credentials clients: the web frontend's own client is not the administrators' to remove here.
    private static async Task<object?> MachineClientAsync(IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            && await applications.HasPermissionAsync(application, Permissions.GrantTypes.ClientCredentials, cancellationToken)
            && !await applications.HasPermissionAsync(application, Permissions.GrantTypes.AuthorizationCode, cancellationToken)
            ? application
            : null;

    [GeneratedRegex("^[a-z0-9-]{3,64}$")]
    private static partial Regex ClientIdPattern();
}

public sealed record NewClient([property: Required] string? ClientId, [property: Required] string? DisplayName, [property: Required] string? MunicipalityCode) : IExample<NewClient>
{
    public static NewClient Example => new("gm0363-zaaksysteem", "Zaaksysteem gemeente Amsterdam", "GM0363");
}

public sealed record NewClientResponse(string ClientId, string ClientSecret, string MunicipalityCode) : IExample<NewClientResponse>
{
    public static NewClientResponse Example => new("gm0363-zaaksysteem", "pZ4q8Rk2Vn7Xw1Lc9Ht3Bs6Jm0Fy5Gd", "GM0363");
}
