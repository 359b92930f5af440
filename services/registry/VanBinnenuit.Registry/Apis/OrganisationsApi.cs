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

public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/organisations").WithTags("Organisations").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", ListOrganisations).WithName("ListOrganisations");
        api.MapGet("/{id:guid}", GetOrganisation).WithName("GetOrganisation");
        api.MapPost("", CreateOrganisation).WithName("CreateOrganisation").ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapPut("/{id:guid}", UpdateOrganisation).WithName("UpdateOrganisation").RequiresIfMatch().ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.ManageRegistry);
        api.MapActivation<Organisation>();
        return app;
    }

    /// <summary>List the organisations</summary>
    /// <remarks>
    /// Self-organisations, consortium members, knowledge institutes, Veilig Thuis regions and GGDs, by <c>name</c>, <c>province</c>, <c>municipality</c>, <c>community</c>, <c>kind</c> and <c>active</c>. Contact persons only for the roles that may see them. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
    public static async Task<Results<Ok<PagedList<OrganisationResponse>>, ProblemHttpResult>> ListOrganisations(
        [AsParameters] OrganisationQuery query, RegistryDbContext db, Caller caller, HttpRequest http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var paging = new PageRequest(query.Page, query.PageSize);
        validation.AddRange(paging.Validate());
        var filter = new RegistryFilter(query.Name, query.Province, query.Municipality, null, null, query.Community, query.Active).Parse(validation);
        OrganisationKind? kind = Codes.TryEnum(query.Kind, out OrganisationKind parsed) ? parsed : null;
        if (query.Kind is not null && kind is null)
        {
            validation.Add("kind", $"Must be one of: {string.Join(", ", OrganisationDraft.KindNames)}.");
        }
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }

        var organisations = db.Organisations.AsNoTracking();
        if (filter.NamePattern is { } pattern)
        {
            organisations = organisations.Where(o => EF.Functions.ILike(o.Name, pattern, TextSearch.Escape));
        }
        if (filter.Municipality is { } municipality)
        {
            organisations = organisations.Where(o => o.MunicipalityCodes.Contains(municipality));
        }
        if (filter.Province is { } province)
        {
            var inProvince = db.Municipalities.IgnoreQueryFilters().Where(m => m.ProvinceCode == province).Select(m => m.Code);
            organisations = organisations.Where(o => o.MunicipalityCodes.Any(code => inProvince.Contains(code)));
        }
        if (filter.Community is { } community)
        {
            organisations = organisations.Where(o => o.CommunityIds.Contains(community));
        }
        if (kind is { } wanted)
        {
            organisations = organisations.Where(o => o.Kind == wanted);
        }
        if (filter.Active is { } active)
        {
            organisations = organisations.Where(o => o.Active == active);
        }
        var page = await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).ToPagedListAsync(paging, http, cancellationToken);
        return TypedResults.Ok(page.Map(o => OrganisationResponse.For(o, caller)));
    }

    /// <summary>Read an organisation</summary>
    /// <remarks>
    /// With its KvK number, municipality, communities and (for the roles that may see them) contact persons.
    /// </remarks>
    public static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> GetOrganisation(
        Guid id, RegistryDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return ApiProblems.NotFound($"No organisation has the id {id}.");
        }
        response.Tag(organisation.Version);
        return TypedResults.Ok(OrganisationResponse.For(organisation, caller));
    }

    /// <summary>Register an organisation</summary>
    /// <remarks>
    /// For coordinators. A municipality that no longer exists is refused with 422.
    /// </remarks>
    public static async Task<Results<Created<OrganisationResponse>, ProblemHttpResult>> CreateOrganisation(
        OrganisationDraft draft, RegistryDbContext db, Caller caller, HttpResponse response, CancellationToken cancellationToken)
    {
        var (checkedDraft, contacts, problem) = await CheckAsync(draft, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var organisation = Organisation.Register(checkedDraft, contacts);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(organisation.Version);
        return TypedResults.Created($"/v1/organisations/{organisation.Id}", OrganisationResponse.For(organisation, caller));
    }

    /// <summary>Change an organisation</summary>
    /// <remarks>
    /// For coordinators. Send the <c>ETag</c> you read as <c>If-Match</c>; a change someone else saved first is refused with 412, a missing <c>If-Match</c> with 428.
    /// </remarks>
    public static async Task<Results<Ok<OrganisationResponse>, ProblemHttpResult>> UpdateOrganisation(
        Guid id, OrganisationDraft draft, RegistryDbContext db, Caller caller, HttpContext http, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return ApiProblems.NotFound($"No organisation has the id {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, organisation.Version, out var stale))
        {
            return stale!;
        }
        var (checkedDraft, contacts, problem) = await CheckAsync(draft, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        organisation.Change(checkedDraft, contacts);
        return await db.SaveOrPreconditionFailedAsync(organisation, o => o.Version, http.Response, o => OrganisationResponse.For(o, caller), cancellationToken);
    }

    /// <summary>The shape checks (400), then whether what it refers to exists (422).</summary>
    private static async Task<(OrganisationDraft Draft, List<ContactPerson> Contacts, ProblemHttpResult? Problem)> CheckAsync(
        OrganisationDraft draft, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var (checkedDraft, contacts) = draft.Normalise(validation);
        if (!validation.IsValid)
        {
            return (checkedDraft, contacts, ApiProblems.Validation(validation.Invalid));
        }
        var unknown = (await ReferenceCheck.ForAsync(db, checkedDraft.MunicipalityCodes!, checkedDraft.CommunityIds!, cancellationToken)).Organisation(checkedDraft);
        return (checkedDraft, contacts, unknown.Count > 0
            ? ApiProblems.Unprocessable("The organisation refers to entries the registry does not have.", unknown)
            : null);
    }
}

public sealed record OrganisationQuery(int? Page, int? PageSize, string? Name, string? Province, string? Municipality, Guid? Community, string? Kind, bool? Active);

/// <param name="ContactPersons">Only for coordinators and advisors; absent for everyone else.</param>
public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string? KvkNumber,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<string> MunicipalityCodes,
    IReadOnlyList<ContactPersonResponse>? ContactPersons,
    bool Active,
    string? InactiveReason) : IExample<OrganisationResponse>
{
    public static OrganisationResponse Example => new(Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"), "Stichting Eritrese Vrouwen Noord", OrganisationKind.MigrantSelfOrganisation, "81234567", [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], ["GM0363"], [new ContactPersonResponse("Helen Tesfay", "voorzitter", "h.tesfay@sevn.example", "06 1234 5678")], true, null);

    public static OrganisationResponse For(Organisation o, Caller caller) => new(
        o.Id, o.Name, o.Kind, o.KvkNumber, o.CommunityIds, o.MunicipalityCodes,
        ContactPersonResponse.ListFor(o.ContactPersons, caller), o.Active, o.InactiveReason);
}

public sealed record ContactPersonResponse(string Name, string? Role, string? Email, string? Phone)
{
    /// <summary>Contact persons are personal data: coordinators and advisors see them, nobody else does.</summary>
    public static IReadOnlyList<ContactPersonResponse>? ListFor(IEnumerable<ContactPerson> contacts, Caller caller) =>
        caller.SeesContactPersons
            ? [.. contacts.Select(c => new ContactPersonResponse(c.Name, c.Role, c.Email, c.Phone))]
            : null;
}
