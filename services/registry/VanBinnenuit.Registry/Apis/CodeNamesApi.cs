using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>
/// The Dutch names of every code the registry gives out: ISO languages and countries, and the topics
/// and approach routes of its catalogues. Read once by the web and kept, so no page shows <c>ar</c> or
/// <c>lgbt-acceptance</c> where a person should read Arabisch or Acceptatie van lhbti+-personen.
/// </summary>
public static class CodeNamesApi
{
    // Worked out once, at the first request: the tables do not change while the service runs.
    private static readonly Lazy<IReadOnlyList<CodeName>> Languages = new(() => DutchNames.Languages(IsoCodeTables.Standard));
    private static readonly Lazy<IReadOnlyList<CodeName>> Countries = new(() => DutchNames.Countries(IsoCodeTables.Standard));

    public static IEndpointRouteBuilder MapCodeNamesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/code-names", ListAsync).WithTags("Catalogues").WithName("ListCodeNames").RequireAuthorization(Policies.ReadProgrammeData);
        return app;
    }

    /// <summary>List the names of all codes</summary>
    /// <remarks>
    /// Every code the programme uses (topics, approach routes and the other catalogues) with its Dutch name, in one answer, so a client can show words instead of codes.
    /// </remarks>
    private static async Task<Ok<CodeNamesResponse>> ListAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.CatalogueEntries.AsNoTracking().OrderBy(e => e.Code)
            .Select(e => new { e.Catalogue, Entry = new CatalogueEntryResponse(e.Code, e.Name, e.Active) })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CodeNamesResponse(
            Languages.Value, Countries.Value,
            [.. entries.Where(e => e.Catalogue == Catalogue.Topic).Select(e => e.Entry)],
            [.. entries.Where(e => e.Catalogue == Catalogue.ApproachRoute).Select(e => e.Entry)]));
    }
}

/// <param name="Languages">Every ISO 639 language by the code the registry stores (639-1 where there is one), ordered by its Dutch name.</param>
/// <param name="Countries">Every ISO 3166-1 country by its alpha-2 code, ordered by its Dutch name.</param>
/// <param name="Topics">The topics catalogue, retired entries too (old records still name them).</param>
/// <param name="ApproachRoutes">The approach routes catalogue, retired entries too.</param>
public sealed record CodeNamesResponse(
    IReadOnlyList<CodeName> Languages, IReadOnlyList<CodeName> Countries,
    IReadOnlyList<CatalogueEntryResponse> Topics, IReadOnlyList<CatalogueEntryResponse> ApproachRoutes) : IExample<CodeNamesResponse>
{
    public static CodeNamesResponse Example => new([new CodeName("ti", "Tigrinya")], [new CodeName("ER", "Eritrea")], [new CatalogueEntryResponse("parenting", "Opvoeding", true)], [new CatalogueEntryResponse("human-rights", "Mensenrechten", true)]);
}
