using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Registry.Apis;

/// <summary>The reference catalogues with their stable codes: topics and approach routes.</summary>
public static class CataloguesApi
{
    public static IEndpointRouteBuilder MapCataloguesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithTags("Catalogues").RequireAuthorization(Policies.ReadProgrammeData);
        api.MapGet("/topics", (RegistryDbContext db, CancellationToken ct) => ListAsync(db, Catalogue.Topic, ct)).WithName("ListTopics");
        api.MapGet("/approach-routes", (RegistryDbContext db, CancellationToken ct) => ListAsync(db, Catalogue.ApproachRoute, ct)).WithName("ListApproachRoutes");
        return app;
    }

    private static async Task<Ok<CatalogueResponse>> ListAsync(RegistryDbContext db, Catalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CatalogueResponse(await db.CatalogueEntries.AsNoTracking()
            .Where(e => e.Catalogue == catalogue)
            .OrderBy(e => e.Code)
            .Select(e => new CatalogueEntryResponse(e.Code, e.Name, e.Active))
            .ToListAsync(cancellationToken)));
}

/// <summary>A catalogue is small and bounded, so it comes whole rather than paged.</summary>
public sealed record CatalogueResponse(IReadOnlyList<CatalogueEntryResponse> Items);

public sealed record CatalogueEntryResponse(string Code, string Name, bool Active);
