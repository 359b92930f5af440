using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.ReadModels;

/// <summary>
/// What a service knows of the registry, for operators checking that it has caught up:
/// <c>GET /v1/read-models</c> (counts and the time of the latest event applied) and one entry by id.
/// </summary>
public static class ReadModelsApi
{
    public static IEndpointRouteBuilder MapReadModelsApi<TDbContext>(this IEndpointRouteBuilder app)
        where TDbContext : DbContext
    {
        app.MapGroup("/v1/municipalities").WithTags("Read models")
            .MapGet("/count", (TDbContext db, CancellationToken ct) => CountMunicipalities(db, ct))
            .WithName("CountMunicipalities")
            .WithSummary("Count the municipalities this service knows")
            .WithDescription("How many municipalities this service has heard of from the registry's events: the same number in every service once they have caught up, so an operator sees a read model lagging behind.")
            .RequireAuthorization(Policies.ReadProgrammeData);
        var api = app.MapGroup("/v1/read-models").WithTags("Read models").RequireAuthorization(Policies.ManageRegistry);
        api.MapGet("", (TDbContext db, CancellationToken ct) => SummaryAsync(db, ct)).WithName("ReadModelSummary")
            .WithSummary("Summarise this service's read models")
            .WithDescription("For operators: how many communities, organisations and municipalities this service keeps from the registry, and the newest change it has applied of each.");
        api.MapGet("/communities/{id:guid}", (Guid id, TDbContext db, CancellationToken ct) => FindAsync<CommunityReference>(db, id, ct))
            .WithName("GetCommunityReference")
            .WithSummary("Read this service's copy of a community")
            .WithDescription("For operators: the community as this service last heard of it from the registry, to check that an event arrived.");
        api.MapGet("/organisations/{id:guid}", (Guid id, TDbContext db, CancellationToken ct) => FindAsync<OrganisationReference>(db, id, ct))
            .WithName("GetOrganisationReference")
            .WithSummary("Read this service's copy of an organisation")
            .WithDescription("For operators: the organisation as this service last heard of it from the registry, to check that an event arrived.");
        return app;
    }

    public static async Task<Ok<MunicipalityCount>> CountMunicipalities(DbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new MunicipalityCount(await db.Set<MunicipalityReference>().CountAsync(cancellationToken)));

    private static async Task<Ok<ReadModelSummary>> SummaryAsync(DbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReadModelSummary(
            await StateAsync<MunicipalityReference>(db, cancellationToken),
            await StateAsync<CommunityReference>(db, cancellationToken),
            await StateAsync<OrganisationReference>(db, cancellationToken)));

    private static async Task<ReadModelState> StateAsync<TReference>(DbContext db, CancellationToken cancellationToken) where TReference : class, IReference =>
        new(await db.Set<TReference>().CountAsync(cancellationToken),
            await db.Set<TReference>().MaxAsync(r => (DateTimeOffset?)r.UpdatedAt, cancellationToken));

    /// <summary>One read-model row by key, or 404; for any service's own read models too.</summary>
    public static async Task<Results<Ok<TReference>, ProblemHttpResult>> FindAsync<TReference>(DbContext db, object key, CancellationToken cancellationToken)
        where TReference : class
    {
        var found = await db.Set<TReference>().FindAsync([key], cancellationToken);
        return found is null ? ApiProblems.NotFound($"This service has not (yet) heard of {key}.") : TypedResults.Ok(found);
    }
}

public sealed record MunicipalityCount(int Count) : IExample<MunicipalityCount>
{
    public static MunicipalityCount Example => new(342);
}

/// <param name="LatestEventAt">When the newest event this read model applied happened; null while empty.</param>
public sealed record ReadModelState(int Count, DateTimeOffset? LatestEventAt);

/// <summary>Each read model this service keeps of the registry.</summary>
public sealed record ReadModelSummary(ReadModelState Municipalities, ReadModelState Communities, ReadModelState Organisations) : IExample<ReadModelSummary>
{
    private static readonly DateTimeOffset Latest = new(2026, 11, 30, 14, 5, 12, TimeSpan.Zero);

    public static ReadModelSummary Example => new(new(342, Latest.AddDays(-3)), new(41, Latest), new(139, Latest.AddHours(-2)));
}
