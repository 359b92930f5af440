using System.Text.Json;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>
/// The advice-requests API as the pages use it: every path and query of the service in this one place,
/// answers as the models the pages show. Changes send the version the page showed (<c>If-Match</c>).
/// </summary>
public sealed class AdviceRequestsClient(GatewayApi api)
{
    private const string Base = "api/advice-requests/v1";

    public Task<ApiResult<Page<AdviceRequest>>> ListAsync(AdviceRequestFilter filter, CancellationToken cancellationToken = default) =>
        api.GetAsync<Page<AdviceRequest>>(filter.Query().After($"{Base}/advice-requests"), cancellationToken);

    /// <summary>The requests about to pass, or past, their service level.</summary>
    public Task<ApiResult<List<AdviceRequest>>> AttentionAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<AdviceRequest>>($"{Base}/service-levels/attention", cancellationToken);

    public Task<ApiResult<AdviceRequest>> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<AdviceRequest>(Request(id), cancellationToken);

    public Task<ApiResult<AdviceRequest>> SubmitAsync(AdviceRequestSubmission submission, CancellationToken cancellationToken = default) =>
        api.SendAsync<AdviceRequest>(HttpMethod.Post, $"{Base}/advice-requests", submission, cancellationToken: cancellationToken);

    public Task<ApiResult<List<CaseMessage>>> MessagesAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<CaseMessage>>($"{Request(id)}/messages", cancellationToken);

    public Task<ApiResult<List<AuditEntry>>> AuditTrailAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<List<AuditEntry>>($"{Request(id)}/audit-trail", cancellationToken);

    public Task<ApiResult<JsonElement>> ChangeStatusAsync(Guid id, StatusChange change, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, $"{Request(id)}/status-changes", change, version, cancellationToken);

    public Task<ApiResult<JsonElement>> RecordAdviceAsync(Guid id, AdviceSubmission advice, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Put, $"{Request(id)}/advice", advice, version, cancellationToken);

    public Task<ApiResult<JsonElement>> RequestSeriesAsync(Guid id, SeriesRequestSubmission series, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, $"{Request(id)}/series-request", series, version, cancellationToken);

    /// <summary>A message needs no version: it changes nothing someone else may be changing.</summary>
    public Task<ApiResult<JsonElement>> PostMessageAsync(Guid id, MessageSubmission message, CancellationToken cancellationToken = default) =>
        api.SendAsync<JsonElement>(HttpMethod.Post, $"{Request(id)}/messages", message, cancellationToken: cancellationToken);

    /// <summary>The advisors a coordinator can assign a request to.</summary>
    public Task<ApiResult<List<Advisor>>> AdvisorsAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<Advisor>>($"{Base}/advisors", cancellationToken);

    public Task<ApiResult<List<KnowledgeEntry>>> KnowledgeBaseAsync(CancellationToken cancellationToken = default) =>
        api.GetAsync<List<KnowledgeEntry>>($"{Base}/knowledge-base", cancellationToken);

    public Task<ApiResult<KnowledgeEntry>> KnowledgeEntryAsync(Guid id, CancellationToken cancellationToken = default) =>
        api.GetAsync<KnowledgeEntry>($"{Base}/knowledge-base/{id}", cancellationToken);

    public Task<ApiResult<KnowledgeEntry>> AddKnowledgeEntryAsync(KnowledgeEntryDraft entry, CancellationToken cancellationToken = default) =>
        api.SendAsync<KnowledgeEntry>(HttpMethod.Post, $"{Base}/knowledge-base", entry, cancellationToken: cancellationToken);

    public Task<ApiResult<KnowledgeEntry>> ChangeKnowledgeEntryAsync(Guid id, KnowledgeEntryChange change, string? version, CancellationToken cancellationToken = default) =>
        api.SendAsync<KnowledgeEntry>(HttpMethod.Put, $"{Base}/knowledge-base/{id}", change, version, cancellationToken);

    private static string Request(Guid id) => $"{Base}/advice-requests/{id}";
}

/// <summary>What a list of requests is narrowed to; <c>AssignedToMe</c> is the reader's own.</summary>
public sealed record AdviceRequestFilter(int Page = 1, int PageSize = 20, string? Search = null, string? Status = null, string? Municipality = null, bool AssignedToMe = false)
{
    public ApiQuery Query() => ApiQuery.Paged(Page, PageSize)
        .With("search", Search).With("status", Status).With("municipality", Municipality)
        .With("assignedTo", AssignedToMe ? "me" : null);
}
