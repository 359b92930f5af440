using System.Diagnostics;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// The whole system with the demo programme loaded, as ./run.sh opens it, and Debian's Chromium: how long
/// the coordinator's daily pages take to load with the programme's real volumes (the `pages` mode).
/// </summary>
internal sealed class PageLoadSystem : DemoSystemFixture, IAsyncDisposable
{
    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

    protected override async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        await App.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Web, cancellationToken);
        await base.WaitUntilReadyAsync(cancellationToken);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>
    /// Each page loaded <paramref name="loads"/> times after one load not counted (the caches' first fill),
    /// from the request to the load event: the server's rendering, every API call behind it and the browser's work.
    /// </summary>
    public async Task<Dictionary<string, List<double>>> LoadAsync(IReadOnlyDictionary<string, string> pages, int loads)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await Browsers.SignedInPageAsync(browser, Gateway.BaseAddress!, "coordinator@demo.vanbinnenuit.nl");
        var timings = new Dictionary<string, List<double>>();
        foreach (var (name, path) in pages)
        {
            var times = timings[name] = [];
            for (var i = 0; i <= loads; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
                if (response is not { Ok: true })
                {
                    throw new InvalidOperationException($"{path} answered {response?.Status}.");
                }
                if (i > 0)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }
        return timings;
    }
}
