using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.AdviceRequests.Data;
using VanBinnenuit.AdviceRequests.Domain;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Persistence.Concurrency;

namespace VanBinnenuit.AdviceRequests.Apis;

public sealed record KnowledgeEntryResponse(Guid Id, KnowledgeKind Kind, int Number, string Title, string Body, bool IsPlaceholder, DateTimeOffset? UpdatedAt) : IExample<KnowledgeEntryResponse>
{
    public static KnowledgeEntryResponse Example => new(Examples.Pitfall, KnowledgeKind.Pitfall, 4, "Te veel e-mail, te weinig contact", "Organisaties haken af als de gemeente vooral mailt en vergadert; een persoonlijk gesprek op hun eigen plek werkt beter.", false, Examples.SubmittedAt.AddDays(-20));

    public static KnowledgeEntryResponse For(KnowledgeEntry e) => new(e.Id, e.Kind, e.Number, e.Title, e.Body, e.IsPlaceholder, e.UpdatedAt);
}

/// <summary>The guide's steps, roles, pitfalls and good examples that advice points to; coordinators keep it.</summary>
public static class KnowledgeBaseApi
{
    public static IEndpointRouteBuilder MapKnowledgeBaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/knowledge-base").WithTags("Knowledge base").RequireAuthorization(Policies.FollowAdviceRequests);
        api.MapGet("", ListEntries).WithName("ListKnowledgeEntries");
        api.MapGet("/{id:guid}", GetEntry).WithName("GetKnowledgeEntry");
        api.MapPost("", AddEntry).WithName("AddKnowledgeEntry").RequireAuthorization(Policies.EditKnowledgeBase);
        api.MapPut("/{id:guid}", EditEntry).WithName("EditKnowledgeEntry").RequiresIfMatch().RequireAuthorization(Policies.EditKnowledgeBase);
        return app;
    }

    /// <summary>List the knowledge base</summary>
    /// <remarks>
    /// The guide's four steps and three roles, and the pitfalls and good examples advice points to.
    /// </remarks>
    public static async Task<Ok<List<KnowledgeEntryResponse>>> ListEntries(AdviceRequestsDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.KnowledgeBase.AsNoTracking().OrderBy(e => e.Kind).ThenBy(e => e.Number).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(KnowledgeEntryResponse.For).ToList());
    }

    /// <summary>Read a knowledge-base entry</summary>
    /// <remarks>
    /// One entry with its version as <c>ETag</c>, which an edit sends back as <c>If-Match</c>.
    /// </remarks>
    public static async Task<Results<Ok<KnowledgeEntryResponse>, ProblemHttpResult>> GetEntry(
        Guid id, AdviceRequestsDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var entry = await db.KnowledgeBase.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound($"The knowledge base has no entry {id}.");
        }
        response.Tag(entry.Version);
        return TypedResults.Ok(KnowledgeEntryResponse.For(entry));
    }

    /// <summary>Add a pitfall or good example</summary>
    /// <remarks>
    /// Coordinators add pitfalls and good examples; the steps and roles are the guide's fixed frame and are edited in place.
    /// </remarks>
    public static async Task<Results<Created<KnowledgeEntryResponse>, ProblemHttpResult>> AddEntry(
        KnowledgeDraft draft, AdviceRequestsDbContext db, Caller caller, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var entry = draft.Normalise(validation, adding: true);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var kind = entry.Kind!.Value;
        var number = entry.Number ?? (await db.KnowledgeBase.Where(e => e.Kind == kind).MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0) + 1;
        var added = new KnowledgeEntry { Kind = kind, Number = number, Title = entry.Title!, Body = entry.Body!, UpdatedBy = caller.Subject, UpdatedAt = clock.GetUtcNow() };
        db.KnowledgeBase.Add(added);
        await db.SaveChangesAsync(cancellationToken);
        response.Tag(added.Version);
        return TypedResults.Created($"/v1/knowledge-base/{added.Id}", KnowledgeEntryResponse.For(added));
    }

    /// <summary>Edit a knowledge-base entry</summary>
    /// <remarks>
    /// Rewrites an entry's title and text; from then on it is the alliance's own text, no longer a placeholder. Send the version read as <c>If-Match</c>.
    /// </remarks>
    public static async Task<Results<Ok<KnowledgeEntryResponse>, ProblemHttpResult>> EditEntry(
        Guid id, KnowledgeDraft draft, AdviceRequestsDbContext db, Caller caller, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var validation = new Validation();
        var edited = draft.Normalise(validation, adding: false);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation.Invalid);
        }
        var entry = await db.KnowledgeBase.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound($"The knowledge base has no entry {id}.");
        }
        if (!EntityTags.TryMatch(http.Request, entry.Version, out var stale))
        {
            return stale!;
        }
        if (edited.Kind is { } kind && kind != entry.Kind)
        {
            return ApiProblems.Validation(new InvalidParam("kind", "An entry keeps its kind; add a new entry instead."));
        }
        entry.Title = edited.Title!;
        entry.Body = edited.Body!;
        // The steps and roles keep their place in the guide.
        entry.Number = KnowledgeEntry.CanBeAdded(entry.Kind) ? edited.Number ?? entry.Number : entry.Number;
        entry.IsPlaceholder = false;
        entry.UpdatedBy = caller.Subject;
        entry.UpdatedAt = clock.GetUtcNow();
        return await db.SaveOrPreconditionFailedAsync(entry, e => e.Version, http.Response, KnowledgeEntryResponse.For, cancellationToken);
    }
}
