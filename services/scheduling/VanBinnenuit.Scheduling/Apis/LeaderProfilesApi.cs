using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;

namespace VanBinnenuit.Scheduling.Apis;

public static class LeaderProfilesApi
{
    /// <summary><c>GET /v1/read-models/leaders/{id}</c>: what scheduling knows of a leader, for coordinators checking it is up to date.</summary>
    public static IEndpointRouteBuilder MapLeaderProfilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/read-models/leaders").WithTags("Read models").RequireAuthorization(Policies.ManageRegistry)
            .MapGet("/{id:guid}", (Guid id, SchedulingDbContext db, CancellationToken ct) => ReadModelsApi.FindAsync<LeaderProfile>(db, id, ct))
            .WithName("GetLeaderProfile")
            .WithSummary("Read scheduling's copy of a leader")
            .WithDescription("For coordinators checking that scheduling is up to date with the registry: the languages, communities, topics, region, availability, absences and cap it matches and plans with, and when the registry last announced them.");
        return app;
    }
}
