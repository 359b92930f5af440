using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;

namespace VanBinnenuit.AdviceRequests.Apis;

public sealed record ServiceLevelResponse(
    DateOnly AcknowledgeBy, DateTimeOffset? AcknowledgedAt, DateOnly AdviceBy, DateTimeOffset? AdviceGivenAt, ServiceLevelState State, bool ActionNeeded);

/// <summary>A request as every reader of it sees it; internal notes are a separate resource.</summary>
/// <param name="MayHandle">Whether the caller handles this request (a coordinator, or the advisor it is assigned to or who may take it).</param>
/// <param name="AllowedActions">The status changes the caller may make now (POST …/status-changes); for a municipal officer only <c>close</c>, as a withdrawal.</param>
/// <param name="MayRecordAdvice">Whether the caller may write or revise the advice now (PUT …/advice).</param>
/// <param name="MayRequestSeries">Whether the caller may ask for a meeting series now (POST …/series-request).</param>
public sealed record AdviceRequestResponse(
    Guid Id,
    string MunicipalityCode,
    CaseStatus Status,
    string? AssignedAdvisor,
    string? AssignedAdvisorName,
    ClosingResult? Result,
    DateTimeOffset SubmittedAt,
    bool EnteredOnBehalf,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<Guid> OrganisationIds,
    IReadOnlyList<NamedReference> Communities,
    IReadOnlyList<NamedReference> Organisations,
    IReadOnlyList<string> TopicCodes,
    int ApproachStep,
    string Question,
    IReadOnlyList<string> Hopes,
    string? HopesOther,
    DateOnly? DesiredFrom,
    DateOnly? DesiredUntil,
    string? TimingNote,
    ContactOfficer Contact,
    ServiceLevelResponse ServiceLevel,
    RecordedAdvice? Advice,
    SeriesReferral? Series,
    bool MayHandle,
    IReadOnlyList<CaseAction> AllowedActions,
    bool MayRecordAdvice,
    bool MayRequestSeries) : IExample<AdviceRequestResponse>
{
    public static AdviceRequestResponse Example => new(Examples.Request, "GM0363", CaseStatus.Assigned, Examples.Advisor, Examples.AdvisorName, null, Examples.SubmittedAt, false,
        [Examples.Community], [Examples.Organisation], [new(Examples.Community, "Eritrese gemeenschap")], [new(Examples.Organisation, "Stichting Eritrese Vrouwen Noord")],
        ["parenting"], 1, Examples.Question, ["advice", "meeting-series"], null, new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 26), "Liever niet in de meivakantie.",
        new ContactOfficer(Examples.OfficerName, "s.devries@amsterdam.example", "020 555 0134"),
        new ServiceLevelResponse(new DateOnly(2026, 11, 19), Examples.SubmittedAt.AddHours(26), new DateOnly(2026, 12, 14), null, ServiceLevelState.OnTrack, false),
        null, null, true, [CaseAction.Assign, CaseAction.Start, CaseAction.Close], false, true);


    /// <param name="caller">A municipal officer sees the advice once it is given, never a draft in the making.</param>
    /// <param name="names">The assigned advisor's name (where identity announced it) and the communities' and organisations'.</param>
    public static AdviceRequestResponse For(AdviceRequest r, ServiceLevelRules rules, DateTimeOffset now, Caller caller, RequestNames names)
    {
        var level = Domain.ServiceLevel.For(r, r.SubmittedAt, rules, now);
        var options = CaseAccess.OptionsFor(caller, r);
        return new AdviceRequestResponse(r.Id, r.MunicipalityCode, r.Status, r.AssignedAdvisor, names.Advisors.Of(r.AssignedAdvisor), r.Result, r.SubmittedAt, r.EnteredOnBehalf,
            r.CommunityIds, r.OrganisationIds, names.Named(r.CommunityIds), names.Named(r.OrganisationIds), r.TopicCodes, r.ApproachStep, r.Question, r.Hopes, r.HopesOther, r.DesiredFrom, r.DesiredUntil,
            r.TimingNote, r.Contact,
            new ServiceLevelResponse(level.AcknowledgeBy, r.AcknowledgedAt, level.AdviceBy, r.AdviceGivenAt, level.State, level.ActionNeeded),
            CaseAccess.SeesAdvice(caller, r) ? r.Advice : null, r.Series,
            options.MayHandle, options.AllowedActions, options.MayRecordAdvice, options.MayRequestSeries);
    }
}
