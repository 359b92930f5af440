using CsCheck;
using VanBinnenuit.ApiKit.Auth;

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

    [Fact]
    public async Task Generated_periods_and_dates_on_every_indicator_are_answered_or_refused_as_a_problem_never_5xx()
    {
        // Grid-like names, near misses and noise: "2026-K3", "2026-13", "2026-q0", "programme", "1999", "%00"…
        var period = Gen.OneOf(
            Gen.Int[1990, 2110].Select(y => $"{y}"),
            Gen.Select(Gen.Int[1990, 2110], Gen.Int[-1, 14]).Select((y, m) => $"{y}-{m:D2}"),
            Gen.Select(Gen.Int[1990, 2110], Gen.Char["KkQqX"], Gen.Int[-1, 6]).Select((y, k, q) => $"{y}-{k}{q}"),
            Gen.Const("programme"), Gen.Const(""), Gen.String[0, 12]);
        var date = Gen.OneOf(Gen.Const(""), Gen.Date.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), Gen.String[0, 10]);
        string[] paths = ["/v1/indicators/overview", "/v1/indicators/breakdown", "/v1/indicators/breakdown.csv", "/v1/indicators/attitudes", "/v1/indicators/attitudes.csv"];
        using var officer = _factory.ClientFor(Roles.MunicipalOfficer, "GM0363");
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        await Gen.Select(Gen.Int[0, paths.Length - 1], period, date, Gen.Bool, Gen.Bool).SampleAsync(async (path, p, from, exact, asOfficer) =>
        {
            var query = $"{paths[path]}?period={Uri.EscapeDataString(p)}{(from == "" ? "" : $"&from={Uri.EscapeDataString(from)}")}{(exact ? "&unsuppressed=true" : "")}";
            using var response = await (asOfficer ? officer : coordinator).GetAsync(query);
            var status = (int)response.StatusCode;
            Assert.True(status is 200 or 400, $"{query}: {status}");
            if (status == 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }, iter: 150, threads: 1);
    }
}
