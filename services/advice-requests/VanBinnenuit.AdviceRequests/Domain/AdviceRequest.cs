using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.AdviceRequests.Domain;

/// <summary>What a municipality hopes the alliance can do for it.</summary>
public enum Hope
{
    Advice,
    Training,
    MeetingSeries,
    KnowledgeMeeting,
    Other,
}

/// <summary>The municipal officer to contact about the request. Personal data: never logged, never in an event.</summary>
public sealed record ContactOfficer(string Name, string Email, string? Phone);

/// <summary>
/// A municipality's request for tailored advice ("advies op maat"), handled as a case: what was
/// asked (here) and where it stands (<see cref="AdviceRequestCase"/>).
/// </summary>
public sealed class AdviceRequest : AdviceRequestCase, IRecordsEvents
{
    private readonly RecordedEvents recorded = new();

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string MunicipalityCode { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>True when an advisor or coordinator entered it for the municipality.</summary>
    public bool EnteredOnBehalf { get; private set; }
    public List<Guid> CommunityIds { get; private set; } = [];
    public List<Guid> OrganisationIds { get; private set; } = [];
    public List<string> TopicCodes { get; private set; } = [];
    /// <summary>Where the municipality stands in the guide's four-step approach: 0 not started, 1–4 the step it is in.</summary>
    public int ApproachStep { get; private set; }
    public string Question { get; private set; } = "";
    /// <summary>Kebab-case words of <see cref="Hope"/>.</summary>
    public List<string> Hopes { get; private set; } = [];
    public string? HopesOther { get; private set; }
    public DateOnly? DesiredFrom { get; private set; }
    public DateOnly? DesiredUntil { get; private set; }
    public string? TimingNote { get; private set; }
    public ContactOfficer Contact { get; private set; } = null!;
    public RecordedAdvice? Advice { get; private set; }
    public SeriesReferral? Series { get; private set; }
    /// <summary>PostgreSQL's <c>xmin</c>: the ETag, and the guard against two advisors changing the case at once.</summary>
    public uint Version { get; private set; }

    /// <summary>
    /// A new request from a checked draft, unless it names what the registry does not know (or no longer
    /// knows) today: then nothing is made and every such field is named.
    /// </summary>
    /// <param name="registry">What the registry told this service of the parties the draft names.</param>
    public static (AdviceRequest? Request, IReadOnlyList<InvalidParam> Unknown) Submit(
        AdviceRequestDraft draft, RegistryFacts registry, bool onBehalf, string who, DateTimeOffset at)
    {
        var unknown = registry.Unknown(draft, DutchTime.DateOf(at));
        if (unknown.Count > 0)
        {
            return (null, unknown);
        }
        var request = new AdviceRequest
        {
            MunicipalityCode = draft.MunicipalityCode!,
            SubmittedAt = at,
            EnteredOnBehalf = onBehalf,
            CommunityIds = [.. draft.CommunityIds!],
            OrganisationIds = [.. draft.OrganisationIds!],
            TopicCodes = [.. draft.TopicCodes!],
            ApproachStep = draft.ApproachStep!.Value,
            Question = draft.Question!,
            Hopes = [.. draft.Hopes!.Select(h => Describe(h))],
            HopesOther = draft.HopesOther,
            DesiredFrom = draft.DesiredFrom,
            DesiredUntil = draft.DesiredUntil,
            TimingNote = draft.TimingNote,
            Contact = new ContactOfficer(draft.Contact!.Name!, draft.Contact.Email!, draft.Contact.Phone),
        };
        request.RecordSubmission(who, at);
        request.recorded.Add(new RequestSubmitted(request));
        return (request, []);
    }

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();

    /// <summary>Advice is written while the request is in progress; giving it (the move) needs it written.</summary>
    public bool AcceptsAdvice => Status == CaseStatus.InProgress;

    /// <summary>A series is asked for once the request is assigned and before it is closed, and once only.</summary>
    public bool AcceptsSeriesRequest => InSeriesStage && Series is null;

    private bool InSeriesStage => Status is CaseStatus.Assigned or CaseStatus.InProgress or CaseStatus.AdviceGiven;

    public RefusedMove? RecordAdvice(RecordedAdvice advice)
    {
        if (!AcceptsAdvice)
        {
            return new RefusedMove("status", $"Advice is recorded while a request is in progress; this one is {Describe(Status)}.", CaseLifecycle.Allowed(Status));
        }
        Record(Advice is null ? "record-advice" : "revise-advice", advice.RecordedBy, advice.RecordedAt, null);
        Advice = advice;
        return null;
    }

    /// <summary>Moves the case, with this request's own conditions on top of the lifecycle's.</summary>
    public RefusedMove? Move(CaseAction action, string who, DateTimeOffset at, string? advisor = null, ClosingResult? result = null, string? reason = null)
    {
        if (action == CaseAction.GiveAdvice && Advice is null && CaseLifecycle.Next(Status, action) is not null)
        {
            return new RefusedMove("advice", "Record the advice (PUT …/advice) before giving it.", CaseLifecycle.Allowed(Status));
        }
        if (action == CaseAction.Close && result == ClosingResult.ReferredToMeetingSeries && Series is null)
        {
            return new RefusedMove("result", "Ask for a meeting series (POST …/series-request) before closing as referred to one.", CaseLifecycle.Allowed(Status));
        }
        var from = Status;
        var refused = Apply(action, who, at, advisor, result, reason);
        if (refused is null)
        {
            recorded.Add(new RequestMoved(this, action, from));
        }
        return refused;
    }

    /// <summary>Hands the request on to scheduling as a request for a meeting series (see <see cref="AcceptsSeriesRequest"/>); scheduling keeps one series per request.</summary>
    public RefusedMove? ReferToSeries(SeriesRequestDraft series, string who, DateTimeOffset at)
    {
        if (!InSeriesStage)
        {
            return new RefusedMove("status", $"A series is asked for once the request is assigned and before it is closed; this one is {Describe(Status)}.", CaseLifecycle.Allowed(Status));
        }
        if (Series is not null)
        {
            return new RefusedMove("series", "A meeting series has already been asked for this request.", CaseLifecycle.Allowed(Status));
        }
        Record("request-series", who, at, null);
        Series = new SeriesReferral(at, null, "requested", at);
        recorded.Add(new SeriesAskedFor(this, series));
        return null;
    }

    /// <summary>What scheduling last said of the series; an older event never overwrites a newer one.</summary>
    public void FollowSeries(Guid seriesId, string status, DateTimeOffset occurredAt)
    {
        if (Series is null || Series.UpdatedAt > occurredAt || (Series.SeriesId == seriesId && Series.Status == status))
        {
            return;
        }
        Record("series-" + status, "scheduling", occurredAt, seriesId.ToString());
        Series = Series with { SeriesId = seriesId, Status = status, UpdatedAt = occurredAt };
    }
}

/// <summary>The advice as the advisor recorded it, pointing into the knowledge base.</summary>
public sealed record RecordedAdvice(string Text, List<int> Steps, List<Guid> PitfallIds, List<Guid> GoodExampleIds, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The meeting series asked for: null id until scheduling has drafted it; status as scheduling's events say.</summary>
public sealed record SeriesReferral(DateTimeOffset RequestedAt, Guid? SeriesId, string Status, DateTimeOffset UpdatedAt);
