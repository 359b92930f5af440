namespace VanBinnenuit.Testing;

/// <summary>How tests start the app host: in a throw-away data folder, in the mode the machine supports.</summary>
public static class AppHostArguments
{
    /// <summary>
    /// <c>VANBINNENUIT_TEST_INFRA</c> picks the mode (auto when unset, as in run.sh), so the same tests
    /// run against containers, local servers or servers someone else runs.
    /// </summary>
    public static string[] For(string dataDirectory, params string[] extra) =>
    [
        // As ./run.sh runs it: Development, so the identity service seeds its demo accounts.
        "--environment=Development",
        $"--Infrastructure:Mode={Environment.GetEnvironmentVariable("VANBINNENUIT_TEST_INFRA") ?? "auto"}",
        $"--Infrastructure:DataDirectory={dataDirectory}",
        // Tests make the world they test; the demo programme's own test turns it on (a later argument wins).
        "--Demo:Programme=false",
        // VANBINNENUIT_TEST_REPLICAS=2 runs every process twice (the replicated end-to-end project sets it).
        $"--Replicas={Environment.GetEnvironmentVariable(ReplicasVariable) ?? "1"}",
        .. extra,
    ];

    public const string ReplicasVariable = "VANBINNENUIT_TEST_REPLICAS";

    public static string NewDataDirectory() =>
        Path.Combine(Path.GetTempPath(), "vanbinnenuit-tests", Guid.NewGuid().ToString("N")[..12]);
}
