using VanBinnenuit.Testing;

namespace VanBinnenuit.Benchmarks;

/// <summary>The whole system as the end-to-end tests start it, with the gateway's per-caller limit raised out of the way.</summary>
internal sealed class BenchmarkSystem() : SystemFixture("--Gateway:RateLimitPermits=1000000"), IAsyncDisposable
{
    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
