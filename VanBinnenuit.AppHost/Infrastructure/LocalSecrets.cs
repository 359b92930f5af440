using System.Security.Cryptography;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>A password generated on first start and kept beside the data it protects (readable by the owner only).</summary>
internal static class LocalSecrets
{
    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
        File.WriteAllText(path, secret);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return secret;
    }
}
