using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.AdviceRequests.Domain;

public sealed record ContactOfficerDraft([property: Required] string? Name, [property: Required] string? Email, string? Phone);

/// <summary>A request as a municipal officer (or an advisor for them) fills it in.</summary>
public sealed record AdviceRequestDraft(
    [property: Required] string? MunicipalityCode,
    IReadOnlyList<Guid>? CommunityIds,
    IReadOnlyList<Guid>? OrganisationIds,
    IReadOnlyList<string>? TopicCodes,
    [property: Required] int? ApproachStep,
    [property: Required] string? Question,
    [property: Required] IReadOnlyList<Hope>? Hopes,
    string? HopesOther,
    DateOnly? DesiredFrom,
    DateOnly? DesiredUntil,
    string? TimingNote,
    [property: Required] ContactOfficerDraft? Contact) : IExample<AdviceRequestDraft>
{
    public static AdviceRequestDraft Example => new("GM0363", [Examples.Community], [Examples.Organisation], ["parenting"], 1, Examples.Question, [Hope.Advice, Hope.MeetingSeries], null, new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 26), "Liever niet in de meivakantie.", new ContactOfficerDraft(Examples.OfficerName, "s.devries@amsterdam.example", "020 555 0134"));

    public const int QuestionLength = 4000;

    /// <summary>Every problem at once, each at its JSON path; the cleaned draft to store.</summary>
    public AdviceRequestDraft Normalise(Validation validation)
    {
        var municipality = validation.MunicipalityCode("municipalityCode", MunicipalityCode);
        var communities = Ids(validation, "communityIds", CommunityIds);
        var organisations = Ids(validation, "organisationIds", OrganisationIds);
        var topics = validation.List("topicCodes", TopicCodes, 10,
            (path, code) => validation.Code(path, code, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be a topic code such as lgbt-acceptance."));
        var step = validation.Range("approachStep", ApproachStep, 0, 4);
        var hopes = (Hopes ?? []).Distinct().ToList();
        if (hopes.Count == 0)
        {
            validation.Add("hopes", "Name at least one of: advice, training, meeting-series, knowledge-meeting, other.");
        }
        for (var i = 0; i < hopes.Count; i++)
        {
            if (!Enum.IsDefined(hopes[i]))
            {
                validation.Add($"hopes[{i}]", "Must be one of: advice, training, meeting-series, knowledge-meeting, other.");
            }
        }
        var other = validation.Text("hopesOther", HopesOther, 300, required: hopes.Contains(Hope.Other));
        if (DesiredFrom is { } from && DesiredUntil is { } until && until < from)
        {
            validation.Add("desiredUntil", "Must not be before desiredFrom.");
        }
        var contact = new ContactOfficerDraft(
            validation.Text("contact.name", Contact?.Name, 100),
            validation.Email("contact.email", Contact?.Email, required: true),
            validation.Phone("contact.phone", Contact?.Phone));
        return new AdviceRequestDraft(municipality, communities, organisations, topics, step,
            validation.Text("question", Question, QuestionLength), hopes, hopes.Contains(Hope.Other) ? other : null,
            DesiredFrom, DesiredUntil, validation.Text("timingNote", TimingNote, 300, required: false), contact);
    }

    private static List<Guid> Ids(Validation validation, string name, IReadOnlyList<Guid>? ids)
    {
        var list = (ids ?? []).Distinct().ToList();
        if (list.Count > 20)
        {
            validation.Add(name, "At most 20 entries.");
        }
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == Guid.Empty)
            {
                validation.Add($"{name}[{i}]", "Must be an id of the registry.");
            }
        }
        return list;
    }
}

/// <summary>The meeting series an advisor asks scheduling for.</summary>
public sealed record SeriesRequestDraft(
    [property: Required] Guid? CommunityId, [property: Required] string? Audience, [property: Required] IReadOnlyList<string>? Languages, [property: Required] IReadOnlyList<string>? TopicCodes, DateOnly? PreferredFrom, DateOnly? PreferredUntil) : IExample<SeriesRequestDraft>
{
    public static SeriesRequestDraft Example => new(Examples.Community, "women", ["ti", "nl"], ["parenting"], new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30));

    /// <summary>The audiences scheduling plans for, as <c>SeriesSnapshot.Audience</c> writes them.</summary>
    public static readonly string[] Audiences = [.. Enum.GetValues<Audience>().Select(EnumWords.Kebab)];

    public SeriesRequestDraft Normalise(Validation validation)
    {
        if (CommunityId is null || CommunityId == Guid.Empty)
        {
            validation.Add("communityId", "Is required: the community the series is for.");
        }
        var audience = Audience?.Trim().ToLowerInvariant();
        if (audience is null || !Audiences.Contains(audience))
        {
            validation.Add("audience", $"Must be one of: {string.Join(", ", Audiences)}.");
        }
        var languages = validation.List("languages", Languages, 5,
            (path, code) => validation.Code(path, code, "^[a-z]{2,3}$", "Must be an ISO 639 code such as ar."), required: true);
        var topics = validation.List("topicCodes", TopicCodes, 10,
            (path, code) => validation.Code(path, code, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be a topic code such as lgbt-acceptance."), required: true);
        if (PreferredFrom is { } from && PreferredUntil is { } until && until < from)
        {
            validation.Add("preferredUntil", "Must not be before preferredFrom.");
        }
        return new SeriesRequestDraft(CommunityId, audience, languages, topics, PreferredFrom, PreferredUntil);
    }
}
