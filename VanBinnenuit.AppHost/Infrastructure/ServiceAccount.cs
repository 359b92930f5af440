using System.Diagnostics;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>
/// Runs a server under its own service user when the app host runs as root (PostgreSQL refuses
/// root), and as the current user otherwise.
/// </summary>
internal static class ServiceAccount
{
    // .NET resolves the user name from the effective user id on Unix.
    public static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>The command and arguments that start <paramref name="binary"/> as <paramref name="user"/> when root.</summary>
    public static (string Command, string[] Args) Launch(string user, string binary, params string[] args) =>
        IsRoot
            ? ("setpriv", [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", binary, .. args])
            : (binary, args);

    /// <summary>Makes <paramref name="user"/> the owner of <paramref name="path"/> when root.</summary>
    public static void Own(string user, string path)
    {
        if (IsRoot)
        {
            Run("chown", "-R", $"{user}:{user}", path);
        }
    }

    /// <summary>Runs a short command to completion; a failure becomes an <see cref="InfrastructureException"/> with its output.</summary>
    public static void Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InfrastructureException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InfrastructureException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}):\n{error}{output.Result}");
        }
    }
}
