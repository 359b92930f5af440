using System.Diagnostics;
using VanBinnenuit.AppHost.Infrastructure;

namespace VanBinnenuit.AppHost.Tests;

public sealed class InfrastructureModeTests
{
    [Theory]
    [InlineData("local", InfrastructureMode.Local)]
    [InlineData("Containers", InfrastructureMode.Containers)]
    [InlineData("EXISTING", InfrastructureMode.Existing)]
    public void A_named_mode_is_taken_as_it_is(string configured, InfrastructureMode expected) =>
        Assert.Equal(expected, InfrastructureModeDetector.Resolve(configured));

    [Fact]
    public void Auto_never_stays_auto() =>
        Assert.NotEqual(InfrastructureMode.Auto, InfrastructureModeDetector.Resolve(null));

    [Fact]
    public void An_unknown_mode_is_refused_with_the_modes_there_are()
    {
        var refused = Assert.Throws<InfrastructureException>(() => InfrastructureModeDetector.Resolve("kubernetes"));
        Assert.Contains("auto, containers, local, existing", refused.Message);
    }

    [Theory]
    [InlineData(new[] { "--infra", "local" }, new[] { "--Infrastructure:Mode=local" })]
    [InlineData(new[] { "--infra=existing", "--Gateway:Port=5080" }, new[] { "--Infrastructure:Mode=existing", "--Gateway:Port=5080" })]
    [InlineData(new[] { "--Gateway:Port=5080" }, new[] { "--Gateway:Port=5080" })]
    public void The_short_infra_switch_becomes_the_configuration_key(string[] args, string[] expected) =>
        Assert.Equal(expected, CommandLine.Normalise(args));

    [Fact]
    public void Missing_PostgreSQL_binaries_are_named_with_how_to_get_them()
    {
        var refused = Assert.Throws<InfrastructureException>(() =>
            LocalPostgres.Prepare(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), 15432, "/nonexistent/bin"));
        Assert.Contains("apt-get install postgresql", refused.Message);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_checkout_the_service_users_cannot_reach_keeps_its_data_where_they_can_and_PostgreSQL_initialises_there()
    {
        // As a new user would: a clone under a folder only its owner may enter (root's home is 0700).
        var home = Directory.CreateTempSubdirectory("vanbinnenuit-home-");
        var shared = Path.Combine(Path.GetTempPath(), $"vanbinnenuit-shared-{Guid.NewGuid():N}"[..28]);
        try
        {
            File.SetUnixFileMode(home.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var checkout = Path.Combine(home.FullName, "app", ".data");

            Assert.Equal(Path.GetFullPath(checkout), LocalDataRoot.Resolve(null, checkout, asRoot: false, shared));
            var resolved = LocalDataRoot.Resolve(null, checkout, asRoot: true, shared);
            Assert.StartsWith(shared, resolved);
            Assert.Contains("app", Path.GetFileName(resolved));
            Assert.Null(LocalDataRoot.Unreachable(resolved));
            Assert.Equal(resolved, LocalDataRoot.Resolve(null, checkout, asRoot: true, shared));
            var named = Assert.Throws<InfrastructureException>(() => LocalDataRoot.Resolve(checkout, checkout, asRoot: true, shared));
            Assert.Contains($"chmod o+x {home.FullName}", named.Message);

            if (ServiceAccount.IsRoot)
            {
                // The failure new users met: initdb, run as postgres, reading its password file in the data folder.
                Directory.CreateDirectory(resolved);
                var postgres = LocalPostgres.Prepare(resolved, 15499, null);
                Assert.True(File.Exists(Path.Combine(postgres.DataDirectory, "PG_VERSION")));
            }
        }
        finally
        {
            Directory.Delete(home.FullName, recursive: true);
            if (Directory.Exists(shared))
            {
                Directory.Delete(shared, recursive: true);
            }
        }
    }

    [Fact]
    public void A_missing_RabbitMQ_server_is_named_with_how_to_get_it()
    {
        var refused = Assert.Throws<InfrastructureException>(() =>
            LocalRabbitMq.Prepare(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), 15672, 15673, 35672, "/nonexistent/rabbitmq-server"));
        Assert.Contains("apt-get install rabbitmq-server", refused.Message);
    }

    [Fact]
    public async Task The_app_host_says_what_is_wrong_without_a_stack_trace()
    {
        var appHost = typeof(InfrastructureException).Assembly.Location;
        using var process = Process.Start(new ProcessStartInfo("dotnet", [appHost, "--Infrastructure:Mode=kubernetes"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Van Binnenuit cannot start: Infrastructure mode 'kubernetes' is unknown", error);
        Assert.DoesNotContain("   at ", error);
    }
}
