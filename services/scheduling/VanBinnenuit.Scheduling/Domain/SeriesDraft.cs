using System.ComponentModel.DataAnnotations;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>A new series as a coordinator (or an advice request) describes it; dates and leader come later.</summary>
public sealed record SeriesDraft(
    [property: Required] string? MunicipalityCode,
    [property: Required] Guid? CommunityId,
    IReadOnlyList<Guid>? HostOrganisationIds,
    [property: Required] Audience? Audience,
    [property: Required] IReadOnlyList<string>? Languages,
    [property: Required] IReadOnlyList<string>? TopicCodes,
    string? ApproachRoute,
    Guid? AdviceRequestId,
    string? Notes) : IExample<SeriesDraft>
{
    public static SeriesDraft Example => new("GM0363", Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12"), [Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d")], Vocabulary.Audience.Women, ["ti", "nl"], ["parenting"], "parenting", null, "In de ruimte van de stichting; kinderopvang geregeld.");

    public SeriesDraft Normalise(Validation validation)
    {
        var municipality = validation.MunicipalityCode("municipalityCode", MunicipalityCode);
        if (CommunityId is null || CommunityId == Guid.Empty)
        {
            validation.Add("communityId", "Is required: the community the series is for.");
        }
        if (Audience is null || !Enum.IsDefined(Audience.Value))
        {
            validation.Add("audience", "Must be one of: women, men, mixed, youth, parents, lgbt-people, other.");
        }
        var languages = validation.List("languages", Languages, 5, (path, code) => validation.Code(path, code, "^[a-z]{2,3}$", "Must be an ISO 639 code such as ar."), required: true);
        var topics = validation.List("topicCodes", TopicCodes, 10, (path, code) => validation.Code(path, code, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be a topic code such as lgbt-acceptance."), required: true);
        var route = ApproachRoute is null ? null : validation.Code("approachRoute", ApproachRoute, "^[a-z0-9]+(-[a-z0-9]+)*$", "Must be an approach-route code such as human-rights.");
        if ((HostOrganisationIds ?? []).Count > 10)
        {
            validation.Add("hostOrganisationIds", "At most 10 host organisations.");
        }
        return new SeriesDraft(municipality, CommunityId, [.. (HostOrganisationIds ?? []).Distinct()], Audience, languages, topics, route,
            AdviceRequestId == Guid.Empty ? null : AdviceRequestId, validation.Text("notes", Notes, 4000, required: false));
    }

    public void ApplyTo(MeetingSeries series)
    {
        series.MunicipalityCode = MunicipalityCode!;
        series.CommunityId = CommunityId!.Value;
        series.HostOrganisationIds = [.. HostOrganisationIds!];
        series.Audience = Audience!.Value;
        series.Languages = [.. Languages!];
        series.TopicCodes = [.. TopicCodes!];
        series.ApproachRoute = ApproachRoute;
        series.AdviceRequestId = AdviceRequestId;
        series.Notes = Notes;
    }
}

/// <summary>One session's date, times and venue as entered, in Dutch local time.</summary>
public sealed record SessionDraft([property: Required] string? StartsAt, [property: Required] string? EndsAt, string? Venue, bool? VenueConfidential);

public sealed record SessionsDraft([property: Required] IReadOnlyList<SessionDraft>? Sessions, string? Reason) : IExample<SessionsDraft>
{
    public static SessionsDraft Example => new([new SessionDraft("2027-02-09T19:00", "2027-02-09T21:00", "Buurthuis De Banne, Amsterdam-Noord", false), new SessionDraft("2027-02-23T19:00", "2027-02-23T21:00", "Buurthuis De Banne, Amsterdam-Noord", false), new SessionDraft("2027-03-09T19:00", "2027-03-09T21:00", "Buurthuis De Banne, Amsterdam-Noord", false)], null);

    public List<SessionTimes> Normalise(Validation validation, SchedulingRules rules)
    {
        var sessions = Sessions ?? [];
        if (sessions.Count != 3)
        {
            validation.Add("sessions", "Give exactly three sessions, in order.");
            return [];
        }
        var times = new List<SessionTimes>();
        for (var i = 0; i < 3; i++)
        {
            var draft = sessions[i];
            if (draft is null)
            {
                validation.Add($"sessions[{i}]", "Is required.");
                continue;
            }
            var startOk = DutchTime.TryParse(draft.StartsAt, out var start, out var startProblem);
            var endOk = DutchTime.TryParse(draft.EndsAt, out var end, out var endProblem);
            if (!startOk)
            {
                validation.Add($"sessions[{i}].startsAt", startProblem);
            }
            if (!endOk)
            {
                validation.Add($"sessions[{i}].endsAt", endProblem);
            }
            var venue = validation.Text($"sessions[{i}].venue", draft.Venue, 300, required: false);
            if (startOk && endOk)
            {
                times.Add(new SessionTimes(start, end, venue, draft.VenueConfidential ?? false));
            }
        }
        if (times.Count == 3)
        {
            foreach (var broken in SessionTimesRules.Check(times, rules))
            {
                validation.Add(broken.Field, broken.Reason);
            }
        }
        return times;
    }
}
