using CsCheck;
using VanBinnenuit.ServiceDefaults.Auth;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>Whatever a client sends to a monitoring write endpoint, the answer is a success or a 4xx problem, never a 5xx.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class GeneratedInputTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private static readonly Gen<string> Body = GeneratedJson.Bodies(
        "attendance", "byGender", "women", "men", "other", "notStated", "byAge", "under18", "from18To29", "from30To49", "from50To64", "from65",
        "returned", "languages", "topicCodes", "safety", "referrals", "kind", "count", "followUpNeeded", "reflection", "correctionReason",
        "answers", "statementId", "counts", "code", "text", "order", "active");

    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_gen");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Generated_bodies_for_every_write_endpoint_never_answer_5xx()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var series = await _factory.AddSeriesAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(-30));
        (string Method, string Path)[] writes =
        [
            ("PUT", $"/v1/series/{series}/sessions/1/report"), ("PUT", $"/v1/series/{series}/sessions/3/report"),
            ("PUT", $"/v1/series/{series}/sessions/4/report"), ("PUT", $"/v1/series/{series}/attitudes/before"),
            ("PUT", $"/v1/series/{series}/attitudes/after"), ("PUT", $"/v1/series/{series}/attitudes/during"), ("POST", "/v1/statements"),
            ("PUT", "/v1/statements/01930000-0000-7000-8000-000000005101"),
        ];
        await GeneratedJson.AssertNoServerErrorsAsync(coordinator, writes, Body);
    }
}
