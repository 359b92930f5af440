using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace VanBinnenuit.Testing;

/// <summary>
/// The operating-system processes behind the app host's resources, found by the process id the dashboard
/// shows, never by name (another run's servers may be on the same machine).
/// </summary>
public static class ResourceProcesses
{
    /// <summary>The process id of the running resource (<paramref name="resourceId"/> or the one instance of <paramref name="resource"/>).</summary>
    public static async Task<int> ProcessIdAsync(this DistributedApplication app, string resource, CancellationToken cancellationToken, string? resourceId = null)
    {
        var running = await app.ResourceNotifications.WaitForResourceAsync(resource, e =>
            (resourceId is null || e.ResourceId == resourceId)
            && e.Snapshot.State?.Text == KnownResourceStates.Running
            && ProcessId(e.Snapshot) is > 0, cancellationToken);
        return ProcessId(running.Snapshot)!.Value;
    }

    public static int? ProcessId(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
        && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : null;

    /// <summary>
    /// Kills the process and everything it started with SIGKILL, as a crash or the out-of-memory killer
    /// would: no chance to shut down cleanly. Children first, so none is left to be adopted and live on.
    /// </summary>
    public static void KillTree(int pid)
    {
        foreach (var child in Children(pid))
        {
            KillTree(child);
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Gone already.
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>The process and everything it started (in local mode a service runs under the <c>dotnet run</c> that launched it).</summary>
    public static IEnumerable<int> Tree(int pid) => Children(pid).SelectMany(Tree).Prepend(pid);

    private static IEnumerable<int> Children(int pid) =>
        Directory.EnumerateDirectories("/proc")
            .Select(dir => int.TryParse(Path.GetFileName(dir), out var candidate) ? candidate : 0)
            .Where(candidate => candidate > 0 && ParentOf(candidate) == pid)
            .ToList();

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: "pid (command) state ppid ..."; the command may hold spaces and brackets.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
