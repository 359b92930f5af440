using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Scheduling;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;
using static VanBinnenuit.Scheduling.Domain.MeetingSeriesEvents;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>
/// What other services hear of scheduling: its domain events as integration events, each carrying the
/// series as it was saved (<see cref="SeriesEvents.Snapshot"/>: no venues, no notes).
/// </summary>
public sealed class SchedulingEvents : IIntegrationEvents
{
    public IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent) => domainEvent switch
    {
        Drafted(var series) => [new SeriesDrafted { Series = SeriesEvents.Snapshot(series) }],
        // Planning announces the series, then each of its sessions as scheduled.
        Planned(var series) =>
        [
            new SeriesPlanned { Series = SeriesEvents.Snapshot(series) },
            .. series.Sessions.Select(s => new SessionScheduled { Series = SeriesEvents.Snapshot(series), SessionNumber = s.Number }),
        ],
        SessionTimed(var series, var number, false, _) => [new SessionScheduled { Series = SeriesEvents.Snapshot(series), SessionNumber = number }],
        SessionTimed(var series, var number, true, var reason) => [new SessionRescheduled { Series = SeriesEvents.Snapshot(series), SessionNumber = number, Reason = reason }],
        MeetingSeriesEvents.LeaderAssigned(var series, var leader) => [new Contracts.Scheduling.LeaderAssigned { Series = SeriesEvents.Snapshot(series), LeaderId = leader }],
        MeetingSeriesEvents.SessionCancelled(var series, var number, var reason) =>
            [new Contracts.Scheduling.SessionCancelled { Series = SeriesEvents.Snapshot(series), SessionNumber = number, Reason = reason }],
        Cancelled(var series, var reason) => [new SeriesCancelled { Series = SeriesEvents.Snapshot(series), Reason = reason }],
        Completed(var series) => [new SeriesCompleted { Series = SeriesEvents.Snapshot(series) }],
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "A scheduling event with no mapping."),
    };
}
