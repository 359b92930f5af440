using System.Collections.Concurrent;

namespace VanBinnenuit.DemoProgramme.Loading;

/// <summary>What has been written so far, for the log lines the dashboard shows while the demo loads.</summary>
internal sealed class DemoProgress(ILogger<DemoProgress> logger)
{
    private readonly ConcurrentDictionary<string, int> _done = new();
    private readonly ConcurrentDictionary<string, int> _noted = new();

    /// <summary>Something found rather than written (a series no leader is free for), for the summary.</summary>
    public void Noted(string what) => _noted.AddOrUpdate(what, 1, (_, n) => n + 1);

    public void Done(string what)
    {
        var count = _done.AddOrUpdate(what, 1, (_, n) => n + 1);
        if (count % 25 == 0)
        {
            logger.LogInformation("Demo programme: {Count} {What} written", count, what);
        }
    }

    public string Summary() =>
        (_done.IsEmpty ? "nothing new written (all there already)" : "written " + string.Join(", ", _done.OrderBy(d => d.Key).Select(d => $"{d.Value} {d.Key}")))
        + string.Concat(_noted.OrderBy(n => n.Key).Select(n => $"; {n.Value} {n.Key}"));
}
