namespace VanBinnenuit.Contracts.Monitoring;

/// <summary>A session's report came in (or was corrected): the session was held. Counts stay in monitoring.</summary>
public sealed record SessionReported : IntegrationEvent
{
    public required Guid SeriesId { get; init; }
    public required int SessionNumber { get; init; }
    /// <summary>1 for the first report of the session, higher for corrections.</summary>
    public required int ReportVersion { get; init; }
}
