using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Persistence.Paging;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

public static class CommunitiesApi
{
    public static IEndpointRouteBuilder MapCommunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/communities").WithTags("Communities").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", ListCommunities).WithName("ListCommunities");
        api.MapGet("/{id:guid}", GetCommunity).WithName("GetCommunity");
        api.MapPost("", CreateCommunity).WithName("CreateCommunity").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapPut("/{id:guid}", UpdateCommunity).WithName("UpdateCommunity").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapActivation<Community>();
        return app;
    }

    /// <summary>List the communities</summary>
    /// <remarks>
    /// By <c>name</c>, <c>province</c>, <c>municipality</c> (CBS code), <c>language</c> (ISO 639) and <c>active</c>. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<CommunityResponse>>, ProblemHttpResult>> ListCommunities(
        [AsParameters] CommunityQuery query, RegistryDbContext db, Caller caller, HttpRequest http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var paging = new PageRequest(query.Page, query.PageSize);
        validation.AddRange(paging.Validate());
        var filter = new RegistryFilter(query.Name, query.Province, query.Municipality, query.Language, null, null, query.Active).Parse(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }

        var communities = db.Communities.AsNoTracking();
        if (filter.NamePattern is { } pattern)
        {
            communities = communities.Where(c => EF.Functions.ILike(c.Name, pattern, TextSearch.Escape));
        }
        if (filter.Municipality is { } municipality)
        {
            communities = communities.Where(c => c.PresentIn.Contains(municipality));
        }
        if (filter.Province is { } province)
        {
            var inProvince = db.Municipalities.IgnoreQueryFilters().Where(m => m.ProvinceCode == province).Select(m => m.Code);
            communities = communities.Where(c => c.PresentIn.Any(code => inProvince.Contains(code)));
        }
        if (filter.Language is { } language)
        {
            communities = communities.Where(c => c.Languages.Contains(language));
        }
        if (filter.Active is { } active)
        {
            communities = communities.Where(c => c.Active == active);
        }
        var page = await communities.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(CommunityResponse.Projection)
            .ToPagedListAsync(paging, http, cancellationToken);
        return TypedResults.Ok(page.Map(c => c.AsSeenBy(caller)));
    }

    /// <summary>Read a community</summary>
    /// <remarks>
    /// Its origin countries (ISO 3166), languages (ISO 639), approach routes and the municipalities where it lives.
    /// </remarks>
    public static async Task<Results<Ok<CommunityResponse>, ProblemHttpResult>> GetCommunity(
        Guid id, RegistryDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var community = (await db.Communities.AsNoTracking().Where(c => c.Id == id).Select(CommunityResponse.Projection).SingleOrDefaultAsync(cancellationToken))?.AsSeenBy(caller);
        if (community is null)
        {
            return ApiProblems.NotFound($"No community has the id {id}.");
        }
        response.Tag(community.Version);
        return TypedResults.Ok(community);
    }

    /// <summary>Register a community</summary>
    /// <remarks>
    /// For coordinators. A name already in use is refused with 409; a municipality that no longer exists with 422.
    /// </remarks>
    public static async Task<Results<Created<CommunityResponse>, ProblemHttpResult>> CreateCommunity(
        CommunityDraft draft, RegistryDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var (normalised, problem) = await CheckAsync(draft, db, null, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var community = Community.Register(normalised);
        db.Communities.Add(community);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(community.Version);
        return TypedResults.Created($"/v1/communities/{community.Id}", CommunityResponse.From(community));
    }

    /// <summary>Change a community</summary>
    /// <remarks>
    /// For coordinators. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<CommunityResponse>, ProblemHttpResult>> UpdateCommunity(
        Guid id, CommunityDraft draft, RegistryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (community is null)
        {
            return ApiProblems.NotFound($"No community has the id {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, community.Version, out var stale))
        {
            return stale!;
        }
        var (normalised, problem) = await CheckAsync(draft, db, id, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        community.Change(normalised);
        return await db.SaveOrPreconditionFailedAsync(community, c => c.Version, http.Response, CommunityResponse.From, cancellationToken);
    }

    private static async Task<(CommunityDraft Draft, ProblemHttpResult? Problem)> CheckAsync(
        CommunityDraft draft, RegistryDbContext db, Guid? self, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var normalised = draft.Normalise(validation, IsoCodeTables.Standard);
        if (!validation.IsValid)
        {
            return (normalised, ApiProblems.Validation(validation.Invalid));
        }
        var name = normalised.Name!;
        if (await db.Communities.IgnoreQueryFilters().AnyAsync(c => c.Id != self && EF.Functions.ILike(c.Name, TextSearch.Exact(name), TextSearch.Escape), cancellationToken))
        {
            return (normalised, ApiProblems.Conflict($"A community named {name} is already registered."));
        }
        var unknown = (await ReferenceCheck.ForAsync(db, normalised.Presence!.Select(p => p.MunicipalityCode!), [], cancellationToken)).Community(normalised);
        return (normalised, unknown.Count > 0
            ? ApiProblems.Unprocessable("The community refers to entries the registry does not have.", unknown)
            : null);
    }
}

public sealed record CommunityQuery(int? Page, int? PageSize, string? Name, string? Province, string? Municipality, string? Language, bool? Active);

public sealed record CommunityResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> OriginCountries,
    IReadOnlyList<string> Languages,
    string? DiversityNotes,
    IReadOnlyList<string> ApproachRoutes,
    IReadOnlyList<PresenceResponse> Presence,
    bool Active,
    string? InactiveReason,
    [property: System.Text.Json.Serialization.JsonIgnore] uint Version) : IExample<CommunityResponse>
{
    public static CommunityResponse Example => new(Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12"), "Eritrese gemeenschap", ["ER"], ["ti", "ar"], "Vooral jonge gezinnen en alleenstaande jongeren; kerk en moskee zijn belangrijke ontmoetingsplekken.", ["parenting", "human-rights"], [new PresenceResponse("GM0363", 2_400, "CBS 2025 en eigen telling")], true, null, 1);

    public static readonly System.Linq.Expressions.Expression<Func<Community, CommunityResponse>> Projection = c => new CommunityResponse(
        c.Id, c.Name, c.OriginCountries, c.Languages, c.DiversityNotes, c.ApproachRoutes,
        c.Presence.Select(p => new PresenceResponse(p.MunicipalityCode, p.SizeEstimate, p.Source)).ToList(),
        c.Active, c.InactiveReason, c.Version);

    private static readonly Func<Community, CommunityResponse> Compiled = Projection.Compile();

    /// <summary>
    /// A municipal officer sees the community's presence in their own municipality only, and not the
    /// alliance's notes on its diversity: where else it lives, and who is in it, is not the municipality's to know.
    /// </summary>
    public CommunityResponse AsSeenBy(Caller caller) => caller.MunicipalityScope is { } own
        ? this with { DiversityNotes = null, Presence = [.. Presence.Where(p => p.MunicipalityCode == own)] }
        : this;

    public static CommunityResponse From(Community community) => Compiled(community);
}

public sealed record PresenceResponse(string MunicipalityCode, int? SizeEstimate, string? Source);
