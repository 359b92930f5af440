using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Paging;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.AdviceRequests.Apis;

/// <summary>Submitting, listing and reading advice requests.</summary>
public static class AdviceRequestsApi
{
    public static IEndpointRouteBuilder MapAdviceRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/advice-requests").WithTags("Advice requests").RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapGet("", ListRequests).WithName("ListAdviceRequests");
        api.MapGet("/{id:guid}", GetRequest).WithName("GetAdviceRequest");
        api.MapPost("", SubmitRequest).WithName("SubmitAdviceRequest").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    /// <summary>List advice requests</summary>
    /// <remarks>
    /// The requests the caller may see, newest first: a municipal officer or system its own municipality's, advisors and coordinators all. Filter by <c>municipality</c> (a CBS code such as GM0363), <c>status</c> (submitted, triaged, assigned, in-progress, advice-given, closed), <c>assignedTo=me</c> (advisors and coordinators) and <c>search</c> (in the question or the municipality's name). Paged with <c>page</c> and <c>pageSize</c>; the links lead to the other pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<AdviceRequestResponse>>, ProblemHttpResult>> ListRequests(
        [AsParameters] AdviceRequestQuery query, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock,
        HttpRequest http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var paging = new PageRequest(query.Page, query.PageSize);
        validation.AddRange(paging.Validate());
        CaseStatus? status = null;
        if (query.Status is not null)
        {
            status = EnumWords.TryParse(query.Status, out CaseStatus parsed) ? parsed : null;
            if (status is null)
            {
                validation.Add("status", "Must be one of: submitted, triaged, assigned, in-progress, advice-given, closed.");
            }
        }
        if (query.AssignedTo is { } assigned && (assigned != "me" || caller.Role == Roles.MunicipalOfficer))
        {
            validation.Add("assignedTo", "Only \"me\" is supported, for advisors and coordinators.");
        }
        var search = validation.Text("search", query.Search, TextSearch.MaxLength, required: false);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var requests = db.Requests.AsNoTracking();
        if (search is not null)
        {
            var pattern = TextSearch.Contains(search);
            requests = requests.Where(r => EF.Functions.ILike(r.Question, pattern, TextSearch.Escape)
                || db.Set<MunicipalityReference>().Any(m => m.Code == r.MunicipalityCode && EF.Functions.ILike(m.Name, pattern, TextSearch.Escape)));
        }
        if (query.Municipality is { } municipality)
        {
            requests = requests.Where(r => r.MunicipalityCode == municipality.ToUpperInvariant());
        }
        if (status is { } wanted)
        {
            requests = requests.Where(r => r.Status == wanted);
        }
        if (query.AssignedTo is not null)
        {
            requests = requests.Where(r => r.AssignedAdvisor == caller.Subject);
        }
        var page = await requests.OrderByDescending(r => r.Id).ToPagedListAsync(paging, http, cancellationToken);
        var now = clock.GetUtcNow();
        var names = await RequestNames.ForAsync(db, page.Items, cancellationToken);
        return TypedResults.Ok(page.Map(r => AdviceRequestResponse.For(r, rules.Value, now, caller, names)));
    }

    /// <summary>Read an advice request</summary>
    /// <remarks>
    /// The request with its status, service level, advice and referral, and its version as <c>ETag</c>: a status change sends that back as <c>If-Match</c>. Another municipality's request answers 404, as one that does not exist.
    /// </remarks>
    public static async Task<Results<Ok<AdviceRequestResponse>, ProblemHttpResult>> GetRequest(
        Guid id, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var (request, problem) = await Requests.FindAsync(db, id, cancellationToken);
        if (request is null)
        {
            return problem!;
        }
        response.Tag(request.Version);
        var names = await RequestNames.ForAsync(db, [request], cancellationToken);
        return TypedResults.Ok(AdviceRequestResponse.For(request, rules.Value, clock.GetUtcNow(), caller, names));
    }

    /// <summary>Submit an advice request</summary>
    /// <remarks>
    /// A municipal officer or the municipality's own system submits for its own municipality; an advisor or coordinator enters one on a municipality's behalf (<c>enteredOnBehalf</c>). The request names the question, what the municipality hopes for, the step of the approach it is at and a contact person; communities and organisations must be ones the registry knows for that municipality (422 otherwise). The answer is the new request, status submitted, with its service level: when it will be acknowledged and advised.
    /// </remarks>
    public static async Task<Results<Created<AdviceRequestResponse>, ProblemHttpResult>> SubmitRequest(
        AdviceRequestDraft draft, AdviceRequestsDbContext db, Caller caller, IOptions<ServiceLevelRules> rules, TimeProvider clock,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var checkedDraft = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        if (caller.MunicipalityScope is { } own && own != checkedDraft.MunicipalityCode)
        {
            return Requests.Forbidden($"A municipal officer submits requests for their own municipality ({own}) only.");
        }
        var now = clock.GetUtcNow();
        var registry = await RegistryFactsAsync(db, checkedDraft, cancellationToken);
        var (request, unknown) = AdviceRequest.Submit(checkedDraft, registry, onBehalf: caller.Role != Roles.MunicipalOfficer, caller.Subject ?? "", now);
        if (request is null)
        {
            return ApiProblems.Unprocessable("The request refers to what the registry does not know (or no longer knows).", unknown);
        }
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(request.Version);
        return TypedResults.Created($"/v1/advice-requests/{request.Id}", AdviceRequestResponse.For(request, rules.Value, now, caller, await RequestNames.ForAsync(db, [request], cancellationToken)));
    }

    /// <summary>What the registry's read models say of the municipality, communities and organisations the draft names.</summary>
    private static async Task<RegistryFacts> RegistryFactsAsync(AdviceRequestsDbContext db, AdviceRequestDraft draft, CancellationToken cancellationToken)
    {
        var municipality = await db.Set<MunicipalityReference>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == draft.MunicipalityCode, cancellationToken);
        var communities = draft.CommunityIds!;
        var organisations = draft.OrganisationIds!;
        var activeCommunities = await db.Set<CommunityReference>().Where(c => communities.Contains(c.Id) && c.Active).Select(c => c.Id).ToListAsync(cancellationToken);
        var activeOrganisations = await db.Set<OrganisationReference>().Where(o => organisations.Contains(o.Id) && o.Active).Select(o => o.Id).ToListAsync(cancellationToken);
        return new RegistryFacts(municipality?.Name, municipality is not null, municipality?.ValidTo, activeCommunities.ToHashSet(), activeOrganisations.ToHashSet());
    }
}

/// <param name="Search">Part of the question, or of the municipality's name, any letter case.</param>
public sealed record AdviceRequestQuery(int? Page, int? PageSize, string? Municipality, string? Status, string? AssignedTo, string? Search);
