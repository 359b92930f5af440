using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Web.Data;

namespace VanBinnenuit.Web.Extensions;

/// <summary>
/// Deletes sessions that have lapsed, so the tokens of people who closed the browser without signing out
/// do not stay in the database. Every replica sweeps; a delete by expiry is the same whoever runs it.
/// </summary>
public sealed class ExpiredSessionsSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiredSessionsSweep> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Sweeping lapsed sign-in sessions failed; trying again in {Interval}", Interval);
            }
        }
    }

    /// <summary>Deletes every session past its expiry; the number deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<WebDbContext>().Sessions
            .Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
