using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Paging;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>Meeting series: a draft, its three sessions, its leader, planning and cancelling.</summary>
public static class SeriesApi
{
    public static IEndpointRouteBuilder MapSeriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/series").WithTags("Series").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", ListSeries).WithName("ListSeries");
        api.MapGet("/{id:guid}", GetSeries).WithName("GetSeries");
        api.MapPost("", CreateSeries).WithName("CreateSeries").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.PlanProgramme);
        api.MapPut("/{id:guid}/sessions", ScheduleSessions).WithName("ScheduleSessions").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.PlanProgramme);
        api.MapPost("/{id:guid}/planning", PlanSeries).WithName("PlanSeries").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.PlanProgramme);
        api.MapPost("/{id:guid}/cancellation", CancelSeries).WithName("CancelSeries").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.PlanProgramme);
        return app;
    }

    /// <summary>List series</summary>
    /// <remarks>
    /// By <c>municipality</c>, <c>province</c>, <c>community</c>, <c>leader</c>, <c>status</c>, <c>audience</c>, <c>topic</c>, <c>hasLeader</c>, <c>adviceRequest</c> and words in the title (<c>search</c>), sorted by <c>sort</c>. An officer sees their own municipality's series, a leader their own. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<SeriesResponse>>, ProblemHttpResult>> ListSeries(
        [AsParameters] SeriesQuery query, SchedulingDbContext db, Caller caller, HttpRequest http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var paging = new PageRequest(query.Page, query.PageSize);
        validation.AddRange(paging.Validate());
        SeriesStatus? status = null;
        if (query.Status is not null)
        {
            status = EnumWords.TryParse(query.Status, out SeriesStatus parsed) ? parsed : null;
            if (status is null)
            {
                validation.Add("status", "Must be one of: draft, planned, in-progress, completed, cancelled.");
            }
        }
        Audience? audience = null;
        if (query.Audience is not null)
        {
            audience = EnumWords.TryParse(query.Audience, out Audience parsed) ? parsed : null;
            if (audience is null)
            {
                validation.Add("audience", $"Must be one of: {string.Join(", ", Enum.GetValues<Audience>().Select(EnumWords.Kebab))}.");
            }
        }
        if (!SeriesOrder.TryParse(query.Sort, out var order))
        {
            validation.Add("sort", $"Must be one of: {string.Join(", ", SeriesOrder.Keys)}, each with a leading '-' for the other way round.");
        }
        var reader = new SeriesReader(caller);
        if (query.Leader is not null && !reader.SeesLeaders)
        {
            // Which series one leader leads is theirs and the alliance's to know, not a municipality's.
            validation.Add("leader", "Municipal officers do not filter series by leader.");
        }
        var search = validation.Text("search", query.Search, TextSearch.MaxLength, required: false);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var series = db.Series.AsNoTracking();
        if (search is not null)
        {
            // Which series a leader leads is not a municipality's to learn, not even by searching for the name.
            series = series.Matching(db, search, byLeader: reader.SeesLeaders);
        }
        if (query.Municipality is { } municipality)
        {
            series = series.InMunicipality(municipality);
        }
        if (query.Community is { } community)
        {
            series = series.Where(s => s.CommunityId == community);
        }
        if (query.Leader is { } leader)
        {
            series = series.Where(s => s.LeaderId == leader);
        }
        if (status is { } wanted)
        {
            series = series.Where(s => s.Status == wanted);
        }
        if (query.AdviceRequest is { } adviceRequest)
        {
            series = series.Where(s => s.AdviceRequestId == adviceRequest);
        }
        if (query.HasLeader is { } hasLeader)
        {
            series = series.Where(s => (s.LeaderId != null) == hasLeader);
        }
        if (audience is { } wantedAudience)
        {
            series = series.Where(s => s.Audience == wantedAudience);
        }
        if (query.Topic is { } topic)
        {
            series = series.Where(s => s.TopicCodes.Contains(topic.Trim().ToLowerInvariant()));
        }
        if (query.Province is { } province)
        {
            series = series.InProvince(db, province);
        }
        var page = await order.Apply(series, db).ToPagedListAsync(paging, http, cancellationToken);
        var names = await SeriesNames.OfAsync(db, page.Items, cancellationToken);
        return TypedResults.Ok(page.Map(s => SeriesResponse.For(s, caller, names)));
    }

    /// <summary>Read a series</summary>
    /// <remarks>
    /// Its community, municipality, audience, languages and topics, its three sessions with times and state, its leader and its status. The <c>ETag</c> names the version to send back as <c>If-Match</c>.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> GetSeries(
        Guid id, SchedulingDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (series is null)
        {
            return ApiProblems.NotFound($"No series has the id {id}.");
        }
        response.Tag(series.Version);
        return TypedResults.Ok(SeriesResponse.For(series, caller, await SeriesNames.OfAsync(db, [series], cancellationToken)));
    }

    /// <summary>Start a series as a draft</summary>
    /// <remarks>
    /// For coordinators: community, municipality (CBS code), audience, languages (ISO 639) and topics; the sessions and the leader follow. A municipality that no longer exists is refused with 422.
    /// </remarks>
    public static async Task<Results<Created<SeriesResponse>, ProblemHttpResult>> CreateSeries(
        SeriesDraft draft, SchedulingDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var checkedDraft = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var unknown = await UnknownReferencesAsync(db, checkedDraft, cancellationToken);
        if (unknown.Count > 0)
        {
            return ApiProblems.Unprocessable("The series refers to what scheduling has not heard of from the registry.", unknown);
        }
        var series = MeetingSeries.Draft(checkedDraft.MunicipalityCode!, checkedDraft.CommunityId!.Value);
        checkedDraft.ApplyTo(series);
        db.Series.Add(series);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(series.Version);
        return TypedResults.Created($"/v1/series/{series.Id}", SeriesResponse.For(series, caller, await SeriesNames.OfAsync(db, [series], cancellationToken)));
    }

    /// <summary>Checks a draft against the registry's read models: the municipality, the community, the host organisations.</summary>
    internal static async Task<List<InvalidParam>> UnknownReferencesAsync(SchedulingDbContext db, SeriesDraft draft, CancellationToken cancellationToken)
    {
        var unknown = new List<InvalidParam>();
        if (!await db.Set<MunicipalityReference>().AnyAsync(m => m.Code == draft.MunicipalityCode, cancellationToken))
        {
            unknown.Add(new InvalidParam("municipalityCode", $"{draft.MunicipalityCode} is not a registered municipality."));
        }
        if (!await db.Set<CommunityReference>().AnyAsync(c => c.Id == draft.CommunityId && c.Active, cancellationToken))
        {
            unknown.Add(new InvalidParam("communityId", $"{draft.CommunityId} is not an active community of the registry."));
        }
        var hosts = draft.HostOrganisationIds!;
        var known = await db.Set<OrganisationReference>().Where(o => hosts.Contains(o.Id) && o.Active).Select(o => o.Id).ToListAsync(cancellationToken);
        unknown.AddRange(hosts.Except(known).Select(id => new InvalidParam("hostOrganisationIds", $"{id} is not an active organisation of the registry.")));
        return unknown;
    }

    /// <summary>Set the times of the three sessions</summary>
    /// <remarks>
    /// For coordinators: three sessions in order (Dutch local time), with the programme's least and most days between them and a longest session; the problem names the figures. Moving a session of a planned series needs a <c>reason</c>; a session held or cancelled stays as it is. Times the series' leader cannot lead at (another series, an absence) are refused with 422, a booking of the leader saved elsewhere at the same moment with 409. Send the series' <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> ScheduleSessions(
        Guid id, SessionsDraft draft, SchedulingDbContext db, Caller caller, IOptions<SchedulingRules> rules, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (series, problem) = await FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        var validation = new Validation();
        var times = draft.Normalise(validation, rules.Value);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        if (series.Schedule(times, validation.Text("reason", draft.Reason, 500, required: false), clock.GetUtcNow()) is { } broken)
        {
            return ApiProblems.Unprocessable(broken.Reason, [new InvalidParam(broken.Field, broken.Reason)]);
        }
        if (series.LeaderId is { } leader && await LeaderExclusionAsync(db, series, leader, series.LeaderOverrideReason is not null, rules.Value, cancellationToken) is { } exclusion)
        {
            return ApiProblems.Unprocessable($"The series' leader cannot lead at these times: {exclusion.Reason}",
                [new InvalidParam("sessions", $"{MeetingSeries.Describe(exclusion.Rule)}: {exclusion.Reason}")]);
        }
        return await SaveAsync(db, series, rules.Value, caller, http.Response, cancellationToken);
    }

    /// <summary>Plan a series</summary>
    /// <remarks>
    /// For coordinators: a draft with its three sessions and its leader becomes planned and is announced to the other services. A series that is not a draft or not complete is refused with 422. Send the series' <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> PlanSeries(
        Guid id, SchedulingDbContext db, Caller caller, IOptions<SchedulingRules> rules, HttpContext http, CancellationToken cancellationToken)
    {
        var (series, problem) = await FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        if (series.Plan() is { } broken)
        {
            return ApiProblems.Unprocessable(broken.Reason, [new InvalidParam(broken.Field, broken.Reason)]);
        }
        return await SaveAsync(db, series, rules.Value, caller, http.Response, cancellationToken);
    }

    /// <summary>Cancel a series</summary>
    /// <remarks>
    /// For coordinators, with a <c>reason</c>: the series and the sessions still to come are cancelled with it, and the leader's bookings are freed. A series already completed or cancelled is refused with 422. Send the series' <c>ETag</c> as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> CancelSeries(
        Guid id, ReasonRequest request, SchedulingDbContext db, Caller caller, IOptions<SchedulingRules> rules, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var reason = validation.Text("reason", request.Reason, 500);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var (series, problem) = await FindForUpdateAsync(db, id, http.Request, cancellationToken);
        if (series is null)
        {
            return problem!;
        }
        if (series.Cancel(reason!, clock.GetUtcNow()) is { } broken)
        {
            return ApiProblems.Unprocessable(broken.Reason, [new InvalidParam(broken.Field, broken.Reason)]);
        }
        return await SaveAsync(db, series, rules.Value, caller, http.Response, cancellationToken);
    }

    /// <summary>The first rule the leader breaks for this series as now planned, or null.</summary>
    internal static async Task<Exclusion?> LeaderExclusionAsync(
        SchedulingDbContext db, MeetingSeries series, Guid leaderId, bool communityOverridden, SchedulingRules rules, CancellationToken cancellationToken)
    {
        var profile = await db.LeaderProfiles.AsNoTracking().SingleOrDefaultAsync(l => l.Id == leaderId, cancellationToken);
        if (profile is null)
        {
            return new Exclusion(EligibilityRule.Active, "Scheduling has not heard of this leader from the registry.");
        }
        var needs = await SeriesStore.NeedsAsync(db, series, null, cancellationToken);
        var bookings = await SeriesStore.BookingsAsync(db, leaderId, needs, cancellationToken);
        return LeaderEligibility.FirstExclusion(profile.Profile, needs, [.. bookings[leaderId]], rules, communityOverridden);
    }

    internal static async Task<(MeetingSeries? Series, ProblemHttpResult? Problem)> FindForUpdateAsync(
        SchedulingDbContext db, Guid id, HttpRequest request, CancellationToken cancellationToken)
    {
        var series = await db.Series.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (series is null)
        {
            return (null, ApiProblems.NotFound($"No series has the id {id}."));
        }
        return EntityTags.TryMatch(request, series.Version, out var stale) ? (series, null) : (null, stale);
    }

    internal static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> SaveAsync(
        SchedulingDbContext db, MeetingSeries series, SchedulingRules rules, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        switch (await SeriesStore.SaveAsync(db, series, rules, cancellationToken))
        {
            case SeriesSave.Stale:
                return ApiProblems.PreconditionFailed("Someone else changed the series while your change was being saved; read it again and reapply your change.");
            case SeriesSave.LeaderBookedElsewhere:
                return ApiProblems.Conflict($"The leader was booked for another session within {rules.TravelBufferMinutes} minutes of one of these sessions just now; ask for proposals again.");
        }
        response.Tag(series.Version);
        return TypedResults.Ok(SeriesResponse.For(series, caller, await SeriesNames.OfAsync(db, [series], cancellationToken)));
    }
}

/// <param name="Topic">A topic code (<c>lgbt-acceptance</c>): the series that take it up.</param>
/// <param name="Province">A CBS province code (<c>PV27</c>): the series in its municipalities.</param>
/// <param name="HasLeader"><c>false</c>: the series still without a leader (a coordinator's to-do).</param>
/// <param name="Sort">created, firstSession, municipality, community, audience, leader or status (names, not codes); <c>-</c> before it for the other way round. Default <c>-created</c>.</param>
/// <param name="Search">Part of the community's, municipality's or (not for municipal officers) leader's name, any letter case.</param>
public sealed record SeriesQuery(int? Page, int? PageSize, string? Municipality, Guid? Community, Guid? Leader, string? Status, Guid? AdviceRequest,
    string? Audience, string? Topic, string? Province, bool? HasLeader, string? Sort, string? Search);

public sealed record ReasonRequest([property: Required] string? Reason) : IExample<ReasonRequest>
{
    public static ReasonRequest Example => new("De groep wil na de ramadan verder.");
}
