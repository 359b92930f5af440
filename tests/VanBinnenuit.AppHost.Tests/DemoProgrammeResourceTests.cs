using Aspire.Hosting.Testing;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost.Tests;

/// <summary>
/// The demo programme is part of Development only: never in Production (where its public demo secret
/// would not even exist), and left out on request. The app model is built, not started.
/// </summary>
public sealed class DemoProgrammeResourceTests
{
    [Theory]
    [InlineData("Development", new string[0], true)]
    [InlineData("Development", new[] { "--no-demo" }, false)]
    [InlineData("Production", new string[0], false)]
    [InlineData("Production", new[] { "--Demo:Programme=true" }, false)]
    public async Task The_demo_programme_runs_in_Development_unless_turned_off_and_never_in_Production(string environment, string[] extra, bool expected)
    {
        // Existing mode: nothing is prepared on disk to build the model.
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
            [$"--environment={environment}", "--Infrastructure:Mode=existing", .. extra]);
        Assert.Equal(expected, builder.Resources.Any(r => r.Name == ResourceNames.DemoProgramme));
        Assert.Contains(builder.Resources, r => r.Name == ResourceNames.Registry);
    }
}
