using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.ReadModels;

public static class MunicipalityReferenceApi
{
    /// <summary><c>GET /v1/municipalities/count</c>: how many municipalities this service knows from the registry's events.</summary>
    public static IEndpointRouteBuilder MapMunicipalityReferenceApi<TDbContext>(this IEndpointRouteBuilder app)
        where TDbContext : DbContext
    {
        app.MapGroup("/v1/municipalities").WithTags("Municipalities")
            .MapGet("/count", (TDbContext db, CancellationToken cancellationToken) => CountMunicipalities(db, cancellationToken))
            .WithName("CountMunicipalities")
            .RequireAuthorization(Policies.ReadProgrammeData);
        return app;
    }

    public static async Task<Ok<MunicipalityCount>> CountMunicipalities(DbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MunicipalityCount(await db.Set<MunicipalityReference>().CountAsync(cancellationToken)));
}

public sealed record MunicipalityCount(int Count);
