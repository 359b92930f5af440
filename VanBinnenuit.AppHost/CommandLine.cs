namespace VanBinnenuit.AppHost;

internal static class CommandLine
{
    /// <summary>
    /// Accepts <c>--infra local</c> as a short form of <c>--Infrastructure:Mode=local</c>, and <c>--no-demo</c>
    /// of <c>--Demo:Programme=false</c> (an empty system in Development), and <c>--replicas 2</c>
    /// of <c>--Replicas=2</c> (every service, the web and the gateway twice).
    /// </summary>
    public static string[] Normalise(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--infra" && i + 1 < args.Length)
            {
                result.Add($"--Infrastructure:Mode={args[++i]}");
            }
            else if (args[i].StartsWith("--infra=", StringComparison.Ordinal))
            {
                result.Add($"--Infrastructure:Mode={args[i]["--infra=".Length..]}");
            }
            else if (args[i] == "--replicas" && i + 1 < args.Length)
            {
                result.Add($"--Replicas={args[++i]}");
            }
            else if (args[i] == "--no-demo")
            {
                result.Add("--Demo:Programme=false");
            }
            else
            {
                result.Add(args[i]);
            }
        }
        return [.. result];
    }
}
