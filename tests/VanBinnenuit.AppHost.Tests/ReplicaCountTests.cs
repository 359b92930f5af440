using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost.Tests;

/// <summary>
/// <c>./run.sh --replicas N</c> runs every process of the system N times, as a deployment does; the
/// infrastructure stays one. The app model is built, not started.
/// </summary>
public sealed class ReplicaCountTests
{
    private static readonly string[] Processes =
    [
        ResourceNames.Gateway, ResourceNames.Identity, ResourceNames.Registry, ResourceNames.Scheduling,
        ResourceNames.Monitoring, ResourceNames.AdviceRequests, ResourceNames.Web,
    ];

    [Theory]
    [InlineData(new string[0], 1)]
    [InlineData(new[] { "--replicas", "2" }, 2)]
    [InlineData(new[] { "--Replicas=3" }, 3)]
    public async Task Every_process_runs_as_often_as_asked(string[] extra, int expected)
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
            ["--Infrastructure:Mode=existing", .. CommandLine.Normalise(extra)]);
        foreach (var process in Processes)
        {
            Assert.Equal(expected, builder.Resources.Single(r => r.Name == process).GetReplicaCount());
        }
        Assert.All(builder.Resources.Where(r => !Processes.Contains(r.Name)), r => Assert.Equal(1, r.GetReplicaCount()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    public async Task A_count_out_of_range_is_refused(string replicas)
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
                ["--Infrastructure:Mode=existing", $"--Replicas={replicas}"]);
        });
        Assert.Contains("Replicas must be between 1 and 8", refused.ToString());
    }
}
