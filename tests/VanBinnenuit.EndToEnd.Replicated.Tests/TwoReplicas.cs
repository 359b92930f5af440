using System.Runtime.CompilerServices;
using VanBinnenuit.Testing;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>Before any fixture starts the app host: two of every process (read by AppHostArguments).</summary>
internal static class TwoReplicas
{
    [ModuleInitializer]
    internal static void Set() => Environment.SetEnvironmentVariable(AppHostArguments.ReplicasVariable, "2");
}
