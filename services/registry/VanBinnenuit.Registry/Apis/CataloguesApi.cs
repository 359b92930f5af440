using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>
/// The reference catalogues with their stable codes: topics and approach routes. Coordinators add
/// entries and rename or retire them; a code, once given, never changes or goes away.
/// </summary>
public static class CataloguesApi
{
    public static IEndpointRouteBuilder MapCataloguesApi(this IEndpointRouteBuilder app)
    {
        MapCatalogue(app, "/v1/topics", Catalogue.Topic, "Topic");
        MapCatalogue(app, "/v1/approach-routes", Catalogue.ApproachRoute, "ApproachRoute");
        return app;
    }

    private static void MapCatalogue(IEndpointRouteBuilder app, string path, Catalogue catalogue, string name)
    {
        var noun = name == "ApproachRoute" ? "approach route" : name.ToLowerInvariant();
        var api = app.MapGroup(path).WithTags("Catalogues").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("", (RegistryDbContext db, CancellationToken ct) => ListAsync(db, catalogue, ct)).WithName($"List{name}s")
            .WithSummary($"List the {noun}s").WithDescription($"Every {noun} by code with its Dutch name, retired ones with `active: false`.");
        api.MapPost("", (CatalogueEntryDraft draft, RegistryDbContext db, HttpResponse response, CancellationToken ct) => AddAsync(db, catalogue, path, draft, response, ct))
            .WithName($"Add{name}")
            .WithSummary($"Add a {noun}").WithDescription($"For coordinators. The kebab-case code is the {noun}'s lasting name; a code already in use is refused with 409.").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization(Policies.ManageRegistry);
        api.MapPut("/{code}", (string code, CatalogueEntryDraft draft, RegistryDbContext db, HttpContext http, CancellationToken ct) => UpdateAsync(db, catalogue, code, draft, http, ct))
            .WithName($"Update{name}")
            .WithSummary($"Rename or retire a {noun}").WithDescription("For coordinators. The code stays, so what was recorded with it keeps its meaning. Send the `ETag` you read as `If-Match`; a change someone else saved first is refused with 412.").RequiresIfMatch().RequireAuthorization(Policies.ManageRegistry);
    }

    private static async Task<Ok<CatalogueResponse>> ListAsync(RegistryDbContext db, Catalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CatalogueResponse(await db.CatalogueEntries.AsNoTracking()
            .Where(e => e.Catalogue == catalogue)
            .OrderBy(e => e.Code)
            .Select(e => new CatalogueEntryResponse(e.Code, e.Name, e.Active))
            .ToListAsync(cancellationToken)));

    private static async Task<Results<Created<CatalogueEntryResponse>, ProblemHttpResult>> AddAsync(
        RegistryDbContext db, Catalogue catalogue, string path, CatalogueEntryDraft draft, HttpResponse response, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var code = Codes.CatalogueCode(validation, "code", draft.Code);
        var name = validation.Text("name", draft.Name, 100);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        if (await db.CatalogueEntries.AnyAsync(e => e.Catalogue == catalogue && e.Code == code, cancellationToken))
        {
            return ApiProblems.Conflict($"The code {code} is already in the catalogue; codes are never reused.");
        }
        var entry = new CatalogueEntry { Catalogue = catalogue, Code = code!, Name = name!, Active = draft.Active ?? true };
        db.CatalogueEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(entry.Version);
        return TypedResults.Created($"{path}/{entry.Code}", new CatalogueEntryResponse(entry.Code, entry.Name, entry.Active));
    }

    private static async Task<Results<Ok<CatalogueEntryResponse>, ProblemHttpResult>> UpdateAsync(
        RegistryDbContext db, Catalogue catalogue, string code, CatalogueEntryDraft draft, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Catalogue == catalogue && e.Code == code, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound($"The catalogue has no code {code}.");
        }
        if (!EntityTags.TryMatch(http.Request, entry.Version, out var stale))
        {
            return stale!;
        }
        var validation = new Validation();
        if (draft.Code is not null && draft.Code != entry.Code)
        {
            validation.Add("code", "A code never changes; leave it out or send the same one.");
        }
        var name = validation.Text("name", draft.Name, 100);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        entry.Name = name!;
        entry.Active = draft.Active ?? entry.Active;
        return await db.SaveOrPreconditionFailedAsync(entry, e => e.Version, http.Response,
            e => new CatalogueEntryResponse(e.Code, e.Name, e.Active), cancellationToken);
    }
}

/// <summary>A catalogue is small and bounded, so it comes whole rather than paged.</summary>
public sealed record CatalogueResponse(IReadOnlyList<CatalogueEntryResponse> Items) : IExample<CatalogueResponse>
{
    public static CatalogueResponse Example => new([new CatalogueEntryResponse("parenting", "Opvoeding", true), new CatalogueEntryResponse("lgbt-acceptance", "Acceptatie van lhbti+-personen", true)]);
}

public sealed record CatalogueEntryResponse(string Code, string Name, bool Active) : IExample<CatalogueEntryResponse>
{
    public static CatalogueEntryResponse Example => new("parenting", "Opvoeding", true);
}

/// <param name="Active">False retires the entry: kept for what refers to it, not offered for new use.</param>
public sealed record CatalogueEntryDraft(string? Code, [property: Required] string? Name, bool? Active) : IExample<CatalogueEntryDraft>
{
    public static CatalogueEntryDraft Example => new("parenting", "Opvoeding", true);
}
