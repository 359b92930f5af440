namespace VanBinnenuit.Contracts.AdviceRequests;

/// <summary>An advisor turned an advice request into a request for a meeting series; scheduling drafts it.</summary>
public sealed record SeriesRequested : IntegrationEvent
{
    public required Guid AdviceRequestId { get; init; }
    public required string MunicipalityCode { get; init; }
    public required Guid CommunityId { get; init; }
    /// <summary>e.g. <c>women</c>, <c>lgbt-people</c>.</summary>
    public required string Audience { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required IReadOnlyList<string> TopicCodes { get; init; }
    public DateOnly? PreferredFrom { get; init; }
    public DateOnly? PreferredUntil { get; init; }
}
