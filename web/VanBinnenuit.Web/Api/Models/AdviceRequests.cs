namespace VanBinnenuit.Web.Api.Models;

// The advice-requests service's answers, with the fields the pages show. Codes stay the API's words;
// Components/Words gives them in Dutch.

public sealed record ContactOfficer(string? Name, string? Email, string? Phone);

public sealed record ServiceLevel(DateOnly AcknowledgeBy, DateTimeOffset? AcknowledgedAt, DateOnly AdviceBy, DateTimeOffset? AdviceGivenAt, string State, bool ActionNeeded);

public sealed record RecordedAdvice(string Text, IReadOnlyList<int> Steps, IReadOnlyList<Guid> PitfallIds, IReadOnlyList<Guid> GoodExampleIds, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record SeriesReferral(DateTimeOffset RequestedAt, Guid? SeriesId, string Status, DateTimeOffset UpdatedAt);

public sealed record AdviceRequest(
    Guid Id, string MunicipalityCode, string Status, string? AssignedAdvisor, string? AssignedAdvisorName, string? Result, DateTimeOffset SubmittedAt, bool EnteredOnBehalf,
    IReadOnlyList<Guid> CommunityIds, IReadOnlyList<Guid> OrganisationIds, IReadOnlyList<NamedReference> Communities, IReadOnlyList<NamedReference> Organisations,
    IReadOnlyList<string> TopicCodes, int ApproachStep, string Question, IReadOnlyList<string> Hopes, string? HopesOther,
    DateOnly? DesiredFrom, DateOnly? DesiredUntil, string? TimingNote, ContactOfficer Contact, ServiceLevel ServiceLevel,
    RecordedAdvice? Advice, SeriesReferral? Series,
    bool MayHandle, IReadOnlyList<string> AllowedActions, bool MayRecordAdvice, bool MayRequestSeries);

/// <param name="WhoName">The name identity announced for the account; null for a system, or an account not (yet) announced.</param>
/// <summary>A community or organisation a request names; the name is null where the registry never told the service.</summary>
public sealed record NamedReference(Guid Id, string? Name);

public sealed record AuditEntry(DateTimeOffset At, string Who, string? WhoName, string Action, string Before, string After, string? Detail);

public sealed record CaseMessage(Guid Id, DateTimeOffset At, string AuthorId, string? AuthorName, string AuthorRole, bool Internal, string Text);

/// <summary>An advisor a request can be assigned to.</summary>
public sealed record Advisor(Guid Id, string DisplayName);

public sealed record KnowledgeEntry(Guid Id, string Kind, int Number, string Title, string Body, bool IsPlaceholder, DateTimeOffset? UpdatedAt);

/// <summary>A new pitfall or good example for the knowledge base.</summary>
public sealed record KnowledgeEntryDraft(string Kind, string Title, string Body);

public sealed record KnowledgeEntryChange(string Title, string Body);

/// <summary>What the officer (or an advisor on their behalf) submits.</summary>
public sealed record AdviceRequestSubmission(
    string? MunicipalityCode, IReadOnlyList<string> TopicCodes, int? ApproachStep, string? Question, IReadOnlyList<string> Hopes, string? HopesOther,
    DateOnly? DesiredFrom, DateOnly? DesiredUntil, string? TimingNote, ContactOfficer Contact,
    IReadOnlyList<Guid>? CommunityIds = null, IReadOnlyList<Guid>? OrganisationIds = null);

public sealed record StatusChange(string Action, string? AdvisorId = null, string? Result = null, string? Reason = null);

public sealed record MessageSubmission(string? Text, bool Internal);

public sealed record AdviceSubmission(string? Text, IReadOnlyList<int> Steps, IReadOnlyList<Guid> PitfallIds, IReadOnlyList<Guid> GoodExampleIds);

public sealed record SeriesRequestSubmission(Guid CommunityId, string? Audience, IReadOnlyList<string> Languages, IReadOnlyList<string> TopicCodes,
    DateOnly? PreferredFrom, DateOnly? PreferredUntil);
