using System.Net;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>Scheduling plans with its read models of the registry: the loader waits until they hold the demo world, as events arrive.</summary>
internal static class ReadModels
{
    public static async Task WaitAsync(ServiceApi scheduling, int communities, IReadOnlyList<Guid> leaders, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((await scheduling.TryAsync(HttpMethod.Get, "/v1/read-models", null, cancellationToken)).Body is var summary
               && (summary.ValueKind != System.Text.Json.JsonValueKind.Object || summary.GetProperty("communities").GetProperty("count").GetInt32() < communities))
        {
            await PauseAsync(deadline, "communities", cancellationToken);
        }
        foreach (var leader in leaders)
        {
            while ((await scheduling.TryAsync(HttpMethod.Get, $"/v1/read-models/leaders/{leader}", null, cancellationToken)).Status != HttpStatusCode.OK)
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
