using VanBinnenuit.Testing;
using Xunit.Abstractions;

namespace VanBinnenuit.Faults.Tests;

/// <summary>
/// The fault harness, short: a minute of mixed commands through the gateway while RabbitMQ and then
/// PostgreSQL are killed (SIGKILL) and started again by the app host. Whatever answered 2xx must have its
/// effect everywhere, once; the full run with every fault is <c>./scripts/faults.sh</c>.
/// The workload is the full run's mix, series planned and reported included.
/// </summary>
public sealed class FaultSmokeTests(FaultSystem system, ITestOutputHelper output) : IClassFixture<FaultSystem>
{
    [Fact]
    public async Task Killing_the_broker_and_the_database_under_load_loses_nothing_and_doubles_nothing()
    {
        var plan = FaultPlan.Smoke(series: true);
        using var log = new StringWriter();

        var report = await new FaultRun(system).RunAsync(plan, log);

        output.WriteLine(log.ToString());
        output.WriteLine(report.ToString());
        Directory.CreateDirectory(TestArtefacts.Directory);
        await File.WriteAllTextAsync(Path.Combine(TestArtefacts.Directory, "fault-smoke.md"), log + Environment.NewLine + report);
        Assert.True(report.Effects.Lost == 0, $"Lost effects: {string.Join("; ", report.Effects.Examples)}");
        Assert.True(report.Effects.Doubled == 0, $"Doubled effects: {string.Join("; ", report.Effects.Examples)}");
        Assert.True(report.UndocumentedServerErrors == 0, log.ToString());
        Assert.Equal(0, report.OutboxBacklog);
        Assert.Empty(report.UnexpectedErrorQueues);
        // The run did what it says: commands answered, both faults happened and were over.
        Assert.True(report.Count(s => s is >= 200 and < 300) > plan.CommandsPerSecond * 30, report.ToString());
        Assert.Equal(2, report.Faults.Count);
    }
}
