using System.Text.Json;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>The registry's four lists.</summary>
public enum RegistryList
{
    Communities,
    Organisations,
    Leaders,
    Municipalities,
}

/// <summary>
/// The registry API as the pages use it: its lists, a municipality's, organisation's and leader's own
/// record, the CSV imports and the reference data (topics, the Dutch names of codes). Changes to a
/// record send the version the page showed (<c>If-Match</c>).
/// </summary>
public sealed class RegistryClient(GatewayApi api)
{
    private const string Base = "api/registry/v1";

    /// <summary>One page of a list, each entry as <typeparamref name="T"/> (the fields the page reads, or the whole JSON).</summary>
    public Task<ApiResult<Page<T>>> ListAsync<T>(RegistryList list, RegistryQuery query, CancellationToken cancellationToken = default) =>
        api.GetAsync<Page<T>>(query.Query().After(List(list)), cancellationToken);

    /// <summary>
    /// Takes an entry out of use (with the reason) or back into it. That is no edit of its content, so any
    /// version will do (<c>If-Match: *</c>).
    /// </summary>
    public Task<ApiResult<JsonElement>> ChangeActivationAsync(RegistryList list, string entry, bool activate, string? reason, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, $"{List(list)}/{Uri.EscapeDataString(entry)}/{(activate ? "activation" : "deactivation")}",
            activate ? new { } : (object)new { reason }, ifMatch: "*", cancellationToken);

    public Task<ApiResult<JsonElement>> RegisterCommunityAsync(CommunityDraft community, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, List(RegistryList.Communities), community, cancellationToken: cancellationToken);

    public Task<ApiResult<MunicipalityDetails>> MunicipalityAsync(string code, CancellationToken cancellationToken = default) =>
        api.GetAsync<MunicipalityDetails>(Municipality(code), cancellationToken);

    public Task<ApiResult<MunicipalityDetails>> ChangeValidityAsync(string code, MunicipalityValidity validity, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<MunicipalityDetails>(HttpMethod.Put, $"{Municipality(code)}/validity", validity, version, cancellationToken);

    public Task<ApiResult<MunicipalityContacts>> ContactPersonsAsync(string code, CancellationToken cancellationToken = default) =>
        api.GetAsync<MunicipalityContacts>($"{Municipality(code)}/contact-persons", cancellationToken);

    public Task<ApiResult<MunicipalityContacts>> ChangeContactPersonsAsync(string code, IReadOnlyList<ContactPerson> contactPersons, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<MunicipalityContacts>(HttpMethod.Put, $"{Municipality(code)}/contact-persons", new { contactPersons }, version, cancellationToken);

    public Task<ApiResult<OrganisationDetails>> OrganisationAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<OrganisationDetails>(Organisation(id), cancellationToken);

    public Task<ApiResult<OrganisationDetails>> ChangeOrganisationAsync(Guid id, OrganisationChange change, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<OrganisationDetails>(HttpMethod.Put, Organisation(id), change, version, cancellationToken);

    /// <summary>A leader's record; the id is as the page has it (a leader's own comes from their sign-in).</summary>
    public Task<ApiResult<LeaderDetails>> LeaderAsync(string id, CancellationToken cancellationToken = default) =>
        api.GetAsync<LeaderDetails>(Leader(id), cancellationToken);

    public Task<ApiResult<LeaderDetails>> ChangeLeaderAsync(string id, LeaderChange change, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<LeaderDetails>(HttpMethod.Put, Leader(id), change, version, cancellationToken);

    /// <summary>The leader's weekly windows and absences, which the leader changes themself.</summary>
    public Task<ApiResult<LeaderDetails>> ChangeAvailabilityAsync(string id, AvailabilitySubmission availability, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<LeaderDetails>(HttpMethod.Put, $"{Leader(id)}/availability", availability, version, cancellationToken);

    /// <summary>
    /// A CSV file of leaders or organisations. A dry run only reports; otherwise the file is imported
    /// whole or, when a row has a problem, not at all: the problem (422) carries the same report, given as the value.
    /// </summary>
    public async Task<ApiResult<ImportReport>> ImportAsync(RegistryList list, HttpContent csv, bool dryRun, CancellationToken cancellationToken = default)
    {
        var result = await api.SendAsync<ImportReport>(HttpMethod.Post, $"{Base}/{ImportOf(list)}?dryRun={(dryRun ? "true" : "false")}", csv, cancellationToken: cancellationToken);
        return result.Problem?.Extensions?.GetValueOrDefault("report") is { ValueKind: JsonValueKind.Object } report
            ? result with { Value = report.Deserialize<ImportReport>(GatewayApi.Json) }
            : result;
    }

    public Task<ApiResult<Catalogue>> TopicsAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<Catalogue>($"{Base}/topics", cancellationToken);

    /// <summary>The Dutch names of the languages, countries, topics and approach routes.</summary>
    public Task<ApiResult<CodeNameList>> CodeNamesAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<CodeNameList>($"{Base}/code-names", cancellationToken);

    private static string List(RegistryList list) => list switch
    {
        RegistryList.Communities => $"{Base}/communities",
        RegistryList.Organisations => $"{Base}/organisations",
        RegistryList.Leaders => $"{Base}/leaders",
        RegistryList.Municipalities => $"{Base}/municipalities",
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "The registry has no such list."),
    };

    private static string ImportOf(RegistryList list) => list switch
    {
        RegistryList.Leaders => "leader-imports",
        RegistryList.Organisations => "organisation-imports",
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Only leaders and organisations are imported from CSV."),
    };

    private static string Municipality(string code) => $"{Base}/municipalities/{Uri.EscapeDataString(code)}";

    private static string Organisation(Guid id) => $"{Base}/organisations/{id}";

    private static string Leader(string id) => $"{Base}/leaders/{Uri.EscapeDataString(id)}";
}

/// <summary>What a registry list is narrowed to: a name, a municipality, only the active entries.</summary>
public sealed record RegistryQuery(int Page = 1, int PageSize = 20, string? Name = null, string? Municipality = null, bool? Active = null)
{
    /// <summary>As many as a choice in a form shows (the registry's largest page).</summary>
    public static readonly RegistryQuery Choice = new(PageSize: 100);

    public ApiQuery Query() => ApiQuery.Paged(Page, PageSize).With("name", Name).With("municipality", Municipality).With("active", Active);
}
