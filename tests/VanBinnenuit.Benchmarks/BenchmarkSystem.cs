using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Benchmarks;

/// <summary>The whole system as the end-to-end tests start it, with the gateway's per-caller limit raised out of the way.</summary>
internal sealed class BenchmarkSystem() : SystemFixture("--Gateway:RateLimitPermits=1000000"), IAsyncDisposable
{
    // Every request's log lines, forwarded from each resource and printed here, would cost the
    // two cores more than the searches themselves.
    protected override void Configure(IDistributedApplicationTestingBuilder builder) =>
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
