using System.Net;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>Scheduling plans with its read models of the registry: the loader waits until they hold the demo world, as events arrive.</summary>
internal static class ReadModels
{
    /// <summary>Until scheduling knows as many communities as the registry holds: what a series names.</summary>
    public static async Task CommunitiesAsync(ServiceApi scheduling, int communities, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await scheduling.TryAsync(HttpMethod.Get, "/v1/read-models", null, cancellationToken)).Body is var summary
               && (summary.ValueKind != System.Text.Json.JsonValueKind.Object || summary.GetProperty("communities").GetProperty("count").GetInt32() < communities))
        {
            await PauseAsync(deadline, "communities", cancellationToken);
        }
    }

    /// <summary>Until scheduling knows every one of <paramref name="leaders"/>: what a leader is assigned from.</summary>
    public static async Task LeadersAsync(ServiceApi scheduling, IReadOnlyList<Guid> leaders, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        // Each round asks for the leaders still missing, a few at a time, until none is.
        var missing = leaders.ToList();
        while (missing.Count > 0)
        {
            var found = new System.Collections.Concurrent.ConcurrentBag<Guid>();
            await Parallel.ForEachAsync(missing, RegistryLoader.Parallel(cancellationToken), async (leader, ct) =>
            {
                if ((await scheduling.TryAsync(HttpMethod.Get, $"/v1/read-models/leaders/{leader}", null, ct)).Status == HttpStatusCode.OK)
                {
                    found.Add(leader);
                }
            });
            missing = [.. missing.Except(found)];
            if (missing.Count > 0)
            {
                await PauseAsync(deadline, "leaders", cancellationToken);
            }
        }
    }

    private static async Task PauseAsync(DateTime deadline, string what, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new DemoLoadException($"Scheduling's read models did not receive the registry's {what} within two minutes.");
        }
        await Task.Delay(300, cancellationToken);
    }
}
