using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.AdviceRequests;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.AdviceRequests.Data;

/// <summary>
/// What other services hear of an advice request: its domain events as integration events, written to
/// the outbox with the save that recorded them. No contact person, question or advice leaves the service.
/// </summary>
public sealed class AdviceRequestsEvents : IIntegrationEvents
{
    public IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent) => domainEvent switch
    {
        RequestSubmitted(var r) =>
        [
            new AdviceRequestSubmitted
            {
                AdviceRequestId = r.Id,
                MunicipalityCode = r.MunicipalityCode,
                CommunityIds = r.CommunityIds,
                TopicCodes = r.TopicCodes,
                Hopes = r.Hopes,
            },
        ],
        RequestMoved(var r, var action, var from) =>
        [
            new AdviceRequestStatusChanged
            {
                AdviceRequestId = r.Id,
                MunicipalityCode = r.MunicipalityCode,
                Action = AdviceRequestCase.Describe(action),
                From = AdviceRequestCase.Describe(from),
                To = AdviceRequestCase.Describe(r.Status),
                Result = r.Result is { } result ? AdviceRequestCase.Describe(result) : null,
            },
        ],
        SeriesAskedFor(var r, var series) =>
        [
            new SeriesRequested
            {
                AdviceRequestId = r.Id,
                MunicipalityCode = r.MunicipalityCode,
                CommunityId = series.CommunityId!.Value,
                Audience = series.Audience!,
                Languages = series.Languages!,
                TopicCodes = series.TopicCodes!,
                PreferredFrom = series.PreferredFrom,
                PreferredUntil = series.PreferredUntil,
            },
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "An advice-request event with no mapping."),
    };
}
