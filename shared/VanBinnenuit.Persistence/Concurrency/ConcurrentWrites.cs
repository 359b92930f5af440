using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Concurrency;
using VanBinnenuit.ApiKit.Problems;

namespace VanBinnenuit.Persistence.Concurrency;

public static class ConcurrentWrites
{
    /// <summary>
    /// Saves an update whose <c>If-Match</c> was checked on read. A write that lands between that
    /// read and this save makes the row version differ, so the loser gets 412 and nothing is lost.
    /// </summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> SaveOrPreconditionFailedAsync<TEntity, TResponse>(
        this DbContext db, TEntity entity, Func<TEntity, uint> version, HttpResponse response, Func<TEntity, TResponse> map,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.PreconditionFailed("Someone else changed the resource while your change was being saved; read it again and reapply your change.");
        }
        response.Tag(version(entity));
        return TypedResults.Ok(map(entity));
    }
}
