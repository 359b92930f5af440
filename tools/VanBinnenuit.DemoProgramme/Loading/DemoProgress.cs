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

    private readonly ConcurrentDictionary<string, (int Calls, double Milliseconds)> _timed = new();

    /// <summary>One call's time, for <see cref="Timings"/>.</summary>
    public void Timed(string endpoint, TimeSpan elapsed) =>
        _timed.AddOrUpdate(endpoint, (1, elapsed.TotalMilliseconds), (_, t) => (t.Calls + 1, t.Milliseconds + elapsed.TotalMilliseconds));

    /// <summary>The endpoints that took the loader's time, most first: where a slower load is to be looked for.</summary>
    public string Timings() => string.Join("; ", _timed.OrderByDescending(t => t.Value.Milliseconds).Take(12)
        .Select(t => $"{t.Key} {t.Value.Calls}× {t.Value.Milliseconds / t.Value.Calls:0} ms"));

    public string Summary() =>
        (_done.IsEmpty ? "nothing new written (all there already)" : "written " + string.Join(", ", _done.OrderBy(d => d.Key).Select(d => $"{d.Value} {d.Key}")))
        + string.Concat(_noted.OrderBy(n => n.Key).Select(n => $"; {n.Value} {n.Key}"));
}
