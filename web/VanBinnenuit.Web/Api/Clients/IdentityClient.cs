using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>
/// The identity service's administration API as the administrator's pages use it: accounts, their
/// binding to a municipality or leader, machine clients and the access log.
/// </summary>
public sealed class IdentityClient(GatewayApi api)
{
    private const string Base = "api/identity/v1";

    public Task<ApiResult<Page<Account>>> AccountsAsync(int page, int pageSize = 25, CancellationToken cancellationToken = default) =>
        api.GetAsync<Page<Account>>(ApiQuery.Paged(page, pageSize).After($"{Base}/users"), cancellationToken);

    public Task<ApiResult<Account>> AddAccountAsync(NewAccount account, CancellationToken cancellationToken = default) =>
        api.SendAsync<Account>(HttpMethod.Post, $"{Base}/users", account, cancellationToken: cancellationToken);

    /// <summary>The account is named as typed: the service says when it knows no such account.</summary>
    public Task<ApiResult<Account>> ChangeBindingAsync(string account, AccountBinding binding, CancellationToken cancellationToken = default) =>
        api.SendAsync<Account>(HttpMethod.Put, $"{Base}/users/{Uri.EscapeDataString(account)}/binding", binding, cancellationToken: cancellationToken);

    /// <summary>Blocks the account (<c>deactivation</c>) or lets it in again (<c>activation</c>).</summary>
    public Task<ApiResult<Account>> ChangeAccessAsync(Guid account, AccessChange change, CancellationToken cancellationToken = default) =>
        api.SendAsync<Account>(HttpMethod.Post, $"{Base}/users/{account}/{(change == AccessChange.Block ? "deactivation" : "activation")}", body: null, cancellationToken: cancellationToken);

    public Task<ApiResult<IssuedMachineClient>> AddMachineClientAsync(NewMachineClient client, CancellationToken cancellationToken = default) =>
        api.SendAsync<IssuedMachineClient>(HttpMethod.Post, $"{Base}/clients", client, cancellationToken: cancellationToken);

    public Task<ApiResult<IssuedMachineClient>> ReplaceSecretAsync(string clientId, CancellationToken cancellationToken = default) =>
        api.SendAsync<IssuedMachineClient>(HttpMethod.Post, $"{Client(clientId)}/secret", body: null, cancellationToken: cancellationToken);

    public Task<ApiResult<object>> DeleteMachineClientAsync(string clientId, CancellationToken cancellationToken = default) =>
        api.SendAsync<object>(HttpMethod.Delete, Client(clientId), body: null, cancellationToken: cancellationToken);

    public Task<ApiResult<Page<AccessEvent>>> AccessEventsAsync(int pageSize = 25, CancellationToken cancellationToken = default) =>
        api.GetAsync<Page<AccessEvent>>(new ApiQuery().With("pageSize", pageSize).After($"{Base}/access-events"), cancellationToken);

    private static string Client(string clientId) => $"{Base}/clients/{Uri.EscapeDataString(clientId)}";
}

/// <summary>What an administrator does to an account's access.</summary>
public enum AccessChange
{
    Block,
    Allow,
}
