using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>
/// <c>POST {id}/deactivation</c> (with a reason) and <c>POST {id}/activation</c> for the entries
/// that are never deleted; each change is announced with the entry's whole new state.
/// </summary>
public static class ActivationApi
{
    public static RouteGroupBuilder MapActivation<TEntry>(this RouteGroupBuilder group)
        where TEntry : RegistryEntry
    {
        var noun = typeof(TEntry).Name == nameof(ConversationLeader) ? "conversation leader" : typeof(TEntry).Name.ToLowerInvariant();
        group.MapPost("/{id:guid}/deactivation", (Guid id, DeactivationRequest request, RegistryDbContext db, HttpResponse response, CancellationToken ct) =>
        {
            var validation = new Validation();
            var reason = validation.Text("reason", request.Reason, RegistryEntry.MaxReasonLength);
            return validation.IsValid
                ? ChangeAsync<TEntry>(db, id, entry => entry.Deactivate(reason!), response, ct)
                : Task.FromResult<Results<NoContent, ProblemHttpResult>>(ApiProblems.Validation(validation.Invalid));
        }).WithName($"Deactivate{typeof(TEntry).Name}")
            .WithSummary($"Deactivate a {noun}")
            .WithDescription($"For coordinators. Nothing in the registry is deleted: a {noun} that stops is deactivated with a `reason`, stays readable with `active: false`, and is no longer offered for new work. A change saved by someone else at the same moment is refused with 409; send it again.").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization(Policies.ManageRegistry);
        group.MapPost("/{id:guid}/activation", (Guid id, RegistryDbContext db, HttpResponse response, CancellationToken ct) =>
            ChangeAsync<TEntry>(db, id, entry => entry.Activate(), response, ct))
            .WithName($"Activate{typeof(TEntry).Name}")
            .WithSummary($"Activate a {noun} again")
            .WithDescription($"For coordinators: undoes a deactivation; activating an active {noun} changes nothing. A change saved by someone else at the same moment is refused with 409.").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization(Policies.ManageRegistry);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync<TEntry>(
        RegistryDbContext db, Guid id, Action<TEntry> change, HttpResponse response, CancellationToken cancellationToken)
        where TEntry : RegistryEntry
    {
        var entry = await db.Set<TEntry>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound($"Nothing with the id {id} is registered here.");
        }
        change(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict("The entry was changed at the same moment; send the request again.");
        }
        response.Tag(entry.Version);
        return TypedResults.NoContent();
    }
}

public sealed record DeactivationRequest([property: Required] string? Reason) : IExample<DeactivationRequest>
{
    public static DeactivationRequest Example => new("De stichting is opgeheven.");
}
