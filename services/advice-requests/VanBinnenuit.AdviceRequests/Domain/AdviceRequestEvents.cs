using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.AdviceRequests.Domain;

// What happens to an advice request, as the request records it; Data/AdviceRequestsEvents says what
// other services hear of each.

/// <summary>A municipality's request was submitted (by itself, or entered on its behalf).</summary>
public sealed record RequestSubmitted(AdviceRequest Request) : IDomainEvent;

/// <summary>The case moved from <paramref name="From"/> by <paramref name="Action"/>; the request holds where it stands now.</summary>
public sealed record RequestMoved(AdviceRequest Request, CaseAction Action, CaseStatus From) : IDomainEvent;

/// <summary>A handler asked scheduling for this meeting series.</summary>
public sealed record SeriesAskedFor(AdviceRequest Request, SeriesRequestDraft Series) : IDomainEvent;
