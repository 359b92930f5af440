namespace VanBinnenuit.Contracts.AdviceRequests;

/// <summary>
/// A municipality asked for advice. Carries what others may count and route on, never the
/// question's text or the contact officer: those stay in advice-requests.
/// </summary>
public sealed record AdviceRequestSubmitted : IntegrationEvent
{
    public required Guid AdviceRequestId { get; init; }
    public required string MunicipalityCode { get; init; }
    public required IReadOnlyList<Guid> CommunityIds { get; init; }
    public required IReadOnlyList<string> TopicCodes { get; init; }
    /// <summary>e.g. <c>advice</c>, <c>meeting-series</c>, <c>knowledge-meeting</c>.</summary>
    public required IReadOnlyList<string> Hopes { get; init; }
}

/// <summary>A request moved through its lifecycle, e.g. from <c>assigned</c> to <c>in-progress</c>.</summary>
public sealed record AdviceRequestStatusChanged : IntegrationEvent
{
    public required Guid AdviceRequestId { get; init; }
    public required string MunicipalityCode { get; init; }
    /// <summary>e.g. <c>triage</c>, <c>close</c>, <c>reopen</c>.</summary>
    public required string Action { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>For a closed request: <c>advice-delivered</c>, <c>referred-to-meeting-series</c>, <c>withdrawn</c> or <c>out-of-scope</c>.</summary>
    public string? Result { get; init; }
}
