using System.Diagnostics;

namespace VanBinnenuit.AppHost.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>Containers when a container runtime answers, local servers otherwise.</summary>
    Auto,
    /// <summary>Aspire's PostgreSQL and RabbitMQ container resources.</summary>
    Containers,
    /// <summary>PostgreSQL and RabbitMQ from the OS packages, started by the app host.</summary>
    Local,
    /// <summary>Connection strings from configuration, for servers someone else runs.</summary>
    Existing,
}

public static class InfrastructureModeDetector
{
    public static InfrastructureMode Resolve(string? configured)
    {
        if (!Enum.TryParse<InfrastructureMode>(configured ?? "auto", ignoreCase: true, out var mode))
        {
            throw new InfrastructureException(
                $"Infrastructure mode '{configured}' is unknown. Use one of: auto, containers, local, existing (e.g. ./run.sh --infra local).");
        }
        return mode == InfrastructureMode.Auto
            ? ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local
            : mode;
    }

    // The docker client can exist without an engine; only an answer from `info` counts.
    private static bool ContainerRuntimeAnswers() => Answers("docker") || Answers("podman");

    private static bool Answers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
