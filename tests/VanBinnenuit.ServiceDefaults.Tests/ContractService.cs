using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;

namespace VanBinnenuit.ServiceDefaults.Tests;

public sealed record ThingDraft([property: Required] string? Name, string? Note, int? Count, int Order) : IExample<ThingDraft>
{
    public static ThingDraft Example => new("Lamp", "By the door", 2, 1);
}

public sealed record ThingResponse(Guid Id, string Name, string? Note, int Count) : IExample<ThingResponse>
{
    public static ThingResponse Example => new(Guid.Parse("0b7d5c1e-27a4-4c1f-9a55-3f1f4a8e2d10"), "Lamp", "By the door", 2);
}

/// <summary>A service as small as can be, with the shared defaults: what the document and the headers say about it is the defaults' doing.</summary>
public static class ContractService
{
    public static readonly DateTimeOffset DeprecatedSince = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Sunset = new(2027, 6, 1);

    public static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ContractService).Assembly.GetName().Name,
            EnvironmentName = "Development",
        });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.AddApiDefaults();
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseServiceDefaults();
        app.UseApiDefaults();
        app.MapPost("/v1/things", (ThingDraft draft) => TypedResults.Created("/v1/things/1", new ThingResponse(Guid.NewGuid(), draft.Name ?? "", draft.Note, draft.Count ?? 0)))
            .WithName("AddThing").AllowAnonymous();
        app.MapPut("/v1/things/{id:guid}", EditThing)
            .WithName("EditThing").RequiresIfMatch().ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/v1/old-things", () => TypedResults.Ok(Array.Empty<ThingResponse>()))
            .WithName("ListOldThings").AllowAnonymous().Deprecated(DeprecatedSince, Sunset, "/v1/things");
        app.MapGet("/v1/things", (HttpRequest http) => TypedResults.Ok(PagedList<ThingResponse>.Create([ThingResponse.Example], 1, new PageRequest(1, 25), http)))
            .WithName("ListThings").AllowAnonymous();
        app.MapDefaultEndpoints();
        app.MapApiDocuments();
        await app.StartAsync();
        return app;
    }

    /// <summary>Changes a thing.</summary>
    /// <remarks>
    /// Only at the version read: send its ETag as <c>If-Match</c>.
    /// <para>A second paragraph, for <see cref="ThingDraft"/>.</para>
    /// </remarks>
    /// <param name="id">The thing's id.</param>
    public static Ok<ThingResponse> EditThing(Guid id, ThingDraft draft) => TypedResults.Ok(new ThingResponse(id, draft.Name ?? "", draft.Note, draft.Count ?? 0));
}
