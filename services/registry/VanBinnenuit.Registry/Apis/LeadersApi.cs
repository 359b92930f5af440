using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Persistence.Paging;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

public static class LeadersApi
{
    public static IEndpointRouteBuilder MapLeadersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/leaders").WithTags("Leaders").RequireAuthorization(Policies.ReadLeaders);
        api.MapGet("", ListLeaders).WithName("ListLeaders");
        api.MapGet("/{id:guid}", GetLeader).WithName("GetLeader");
        api.MapPost("", CreateLeader).WithName("CreateLeader").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapPut("/{id:guid}", UpdateLeader).WithName("UpdateLeader").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        // A leader keeps their own availability; the check is in the handler, as it depends on the id.
        api.MapPut("/{id:guid}/availability", UpdateAvailability).WithName("UpdateLeaderAvailability").RequiresIfMatch();
        api.MapActivation<ConversationLeader>();
        return app;
    }

    /// <summary>List the conversation leaders</summary>
    /// <remarks>
    /// By <c>name</c>, <c>province</c>, <c>municipality</c>, <c>community</c>, <c>language</c>, <c>topic</c> and <c>active</c>. What each role sees differs: coordinators everything, advisors everything but contact details, others (and leaders looking at someone else) the public profile; only coordinators and advisors may filter by community, topic or region. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<LeaderResponse>>, ProblemHttpResult>> ListLeaders(
        [AsParameters] LeaderQuery query, RegistryDbContext db, Caller caller, HttpRequest http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var paging = new PageRequest(query.Page, query.PageSize);
        validation.AddRange(paging.Validate());
        var filter = new RegistryFilter(query.Name, query.Province, query.Municipality, query.Language, query.Topic, query.Community, query.Active).Parse(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var leaders = db.Leaders.AsNoTracking();
        if (!LeaderViews.MaySearchProfiles(caller))
        {
            // Filtering by community, topic or region would reveal what the public view hides.
            if (filter is { Province: not null } or { Municipality: not null } or { Community: not null } or { Topic: not null } or { Active: false })
            {
                return ApiProblems.Forbidden("This filter is not available to you.",
                    "Only coordinators and advisors may filter leaders by region, community, topic or inactivity; use name or language.");
            }
            leaders = leaders.Where(l => l.Active);
        }
        leaders = await FilterAsync(leaders, filter, db, cancellationToken);
        var page = await leaders.OrderBy(l => l.DisplayName).ThenBy(l => l.Id).ToPagedListAsync(paging, http, cancellationToken);
        return TypedResults.Ok(page.Map(l => LeaderResponse.For(l, caller)));
    }

    private static async Task<IQueryable<ConversationLeader>> FilterAsync(
        IQueryable<ConversationLeader> leaders, ParsedFilter filter, RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (filter.NamePattern is { } pattern)
        {
            leaders = leaders.Where(l => EF.Functions.ILike(l.DisplayName, pattern, TextSearch.Escape));
        }
        if (filter.Municipality is { } municipality)
        {
            // A leader who travels to a whole province serves each of its municipalities.
            var province = await db.Municipalities.IgnoreQueryFilters().Where(m => m.Code == municipality)
                .Select(m => m.ProvinceCode).SingleOrDefaultAsync(cancellationToken) ?? "";
            leaders = leaders.Where(l => l.ServedMunicipalityCodes.Contains(municipality) || l.TravelProvinceCodes.Contains(province));
        }
        if (filter.Province is { } provinceCode)
        {
            leaders = leaders.Where(l => l.ServedProvinceCodes.Contains(provinceCode));
        }
        if (filter.Language is { } language)
        {
            leaders = leaders.Where(l => l.LanguageCodes.Contains(language));
        }
        if (filter.Topic is { } topic)
        {
            leaders = leaders.Where(l => l.TopicCodes.Contains(topic));
        }
        if (filter.Community is { } community)
        {
            leaders = leaders.Where(l => l.CommunityIds.Contains(community));
        }
        if (filter.Active is { } active)
        {
            leaders = leaders.Where(l => l.Active == active);
        }
        return leaders;
    }

    /// <summary>Read a conversation leader</summary>
    /// <remarks>
    /// Languages, communities, topics, region, weekly availability, absences and the most series they lead at once, as far as the caller's role may see them (as in the list).
    /// </remarks>
    public static async Task<Results<Ok<LeaderResponse>, ProblemHttpResult>> GetLeader(
        Guid id, RegistryDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var leader = await db.Leaders.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (leader is null || (!leader.Active && LeaderViews.For(caller, id) == LeaderView.Public))
        {
            return ApiProblems.NotFound($"No leader has the id {id}.");
        }
        response.Tag(leader.Version);
        return TypedResults.Ok(LeaderResponse.For(leader, caller));
    }

    /// <summary>Register a conversation leader</summary>
    /// <remarks>
    /// For coordinators. A home municipality that no longer exists is refused with 422.
    /// </remarks>
    public static async Task<Results<Created<LeaderResponse>, ProblemHttpResult>> CreateLeader(
        LeaderDraft draft, RegistryDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var (checkedDraft, provinceOf, problem) = await CheckAsync(draft, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var leader = ConversationLeader.Register(checkedDraft, provinceOf);
        db.Leaders.Add(leader);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(leader.Version);
        return TypedResults.Created($"/v1/leaders/{leader.Id}", LeaderResponse.For(leader, caller));
    }

    /// <summary>Change a conversation leader</summary>
    /// <remarks>
    /// For coordinators. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<LeaderResponse>, ProblemHttpResult>> UpdateLeader(
        Guid id, LeaderDraft draft, RegistryDbContext db, Caller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var leader = await db.Leaders.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (leader is null)
        {
            return ApiProblems.NotFound($"No leader has the id {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, leader.Version, out var stale))
        {
            return stale!;
        }
        var (checkedDraft, provinceOf, problem) = await CheckAsync(draft, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        leader.Change(checkedDraft, provinceOf);
        return await db.SaveOrPreconditionFailedAsync(leader, l => l.Version, http.Response, l => LeaderResponse.For(l, caller), cancellationToken);
    }

    /// <summary>Set a leader's availability and absences</summary>
    /// <remarks>
    /// A leader sets their own; coordinators anyone's. Scheduling matches and plans with it. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<LeaderResponse>, ProblemHttpResult>> UpdateAvailability(
        Guid id, AvailabilityDraft draft, RegistryDbContext db, Caller caller, HttpContext http, CancellationToken cancellationToken)
    {
        if (caller.Role != Roles.Coordinator && !caller.IsLeader(id))
        {
            return ApiProblems.Forbidden("This is not your availability.",
                "A leader changes only their own availability and absences; coordinators change anyone's.");
        }
        var leader = await db.Leaders.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (leader is null)
        {
            return ApiProblems.NotFound($"No leader has the id {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, leader.Version, out var stale))
        {
            return stale!;
        }
        var validation = new Validation();
        var (availability, absences) = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        leader.ChangeAvailability(availability, absences);
        return await db.SaveOrPreconditionFailedAsync(leader, l => l.Version, http.Response, l => LeaderResponse.For(l, caller), cancellationToken);
    }

    /// <summary>The shape checks (400), then whether what it refers to exists (422).</summary>
    private static async Task<(LeaderDraft Draft, IReadOnlyDictionary<string, string> ProvinceOf, ProblemHttpResult? Problem)> CheckAsync(
        LeaderDraft draft, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var checkedDraft = draft.Normalise(validation, IsoCodeTables.Standard);
        if (!validation.IsValid)
        {
            return (checkedDraft, new Dictionary<string, string>(), ApiProblems.Validation(validation.Invalid));
        }
        var references = await ReferenceCheck.ForAsync(db, [checkedDraft.HomeMunicipalityCode!, .. checkedDraft.TravelMunicipalityCodes!], checkedDraft.CommunityIds!, cancellationToken);
        var unknown = references.Leader(checkedDraft);
        return (checkedDraft, references.ProvinceOf, unknown.Count > 0
            ? ApiProblems.Unprocessable("The leader refers to entries the registry does not have.", unknown)
            : null);
    }
}

public sealed record LeaderQuery(int? Page, int? PageSize, string? Name, string? Province, string? Municipality, Guid? Community, string? Language, string? Topic, bool? Active);
