using System.Security.Cryptography;
using System.Text;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>
/// Where local mode keeps its servers' data. Run as root, the servers run as their own users
/// (postgres, rabbitmq), who must be able to reach the folder; a checkout under root's home
/// (<c>/root/app</c>, mode 0700) is out of their reach. Then the data goes to a folder they can reach,
/// named after the checkout, so each checkout keeps its own.
/// </summary>
internal static class LocalDataRoot
{
    /// <summary>Where data goes for a checkout whose own folder the service users cannot reach.</summary>
    public const string SharedRoot = "/var/lib/vanbinnenuit";

    /// <param name="configured"><c>Infrastructure:DataDirectory</c>, when set: used as it is, or refused with the reason.</param>
    /// <param name="checkoutDefault">The checkout's own <c>.data</c> folder.</param>
    public static string Resolve(string? configured, string checkoutDefault, bool asRoot, string sharedRoot = SharedRoot)
    {
        if (configured is { Length: > 0 })
        {
            var chosen = Path.GetFullPath(configured);
            if (asRoot && !OperatingSystem.IsWindows() && Unreachable(chosen) is { } blocked)
            {
                throw new InfrastructureException(
                    $"The data folder {chosen} is out of reach of the postgres and rabbitmq users: {blocked} may not be entered by others " +
                    $"(chmod o+x {blocked}), or leave Infrastructure:DataDirectory unset to use {sharedRoot}.");
            }
            return chosen;
        }
        var own = Path.GetFullPath(checkoutDefault);
        if (!asRoot || OperatingSystem.IsWindows() || Unreachable(own) is null)
        {
            return own;
        }
        // The checkout's path names the folder (readable), with a short hash so two paths never share one.
        var name = own.Trim('/').Replace('/', '-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(own)))[..8];
        var shared = Path.Combine(sharedRoot, $"{(name.Length > 60 ? name[^60..] : name)}-{hash}");
        Directory.CreateDirectory(sharedRoot);
        // Others may pass through the shared root to their own folder, nothing more.
        File.SetUnixFileMode(sharedRoot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return shared;
    }

    /// <summary>The nearest existing folder on the way to <paramref name="path"/> that others may not enter, or null.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string? Unreachable(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && !dir.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
