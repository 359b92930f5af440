using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Monitoring;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Data;

/// <summary>
/// What other services hear of monitoring: that a session was reported (scheduling completes a series
/// on it), never its counts or the leader's reflection.
/// </summary>
public sealed class MonitoringEvents : IIntegrationEvents
{
    public IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent) => domainEvent switch
    {
        SessionReportFiled(var report) =>
            [new SessionReported { SeriesId = report.SeriesId, SessionNumber = report.SessionNumber, ReportVersion = report.Version }],
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "A monitoring event with no mapping."),
    };
}
