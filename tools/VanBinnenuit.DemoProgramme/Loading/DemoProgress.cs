using System.Collections.Concurrent;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>What has been written so far, for the log lines the dashboard shows while the demo loads.</summary>
internal sealed class DemoProgress(ILogger<DemoProgress> logger)
{
    private readonly ConcurrentDictionary<string, int> _done = new();

    public void Done(string what)
    {
        var count = _done.AddOrUpdate(what, 1, (_, n) => n + 1);
        if (count % 25 == 0)
        {
            logger.LogInformation("Demo programme: {Count} {What} written", count, what);
        }
    }

    public string Summary() => _done.IsEmpty ? "nothing new (already there)" : string.Join(", ", _done.OrderBy(d => d.Key).Select(d => $"{d.Value} {d.Key}"));
}
