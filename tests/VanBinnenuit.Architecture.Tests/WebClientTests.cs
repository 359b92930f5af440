namespace VanBinnenuit.Architecture.Tests;

/// <summary>
/// The web reaches a service only through its typed client in <c>web/VanBinnenuit.Web/Api/Clients/</c>: no
/// page or helper writes a service's path, so a changed path is changed in one place.
/// </summary>
public sealed class WebClientTests
{
    /// <summary>Every service the gateway routes to.</summary>
    public static TheoryData<string> Services => new(["advice-requests", "identity", "monitoring", "registry", "scheduling"]);

    [Theory]
    [MemberData(nameof(Services))]
    public void No_page_writes_a_path_of_a_service(string service)
    {
        var clients = Path.Combine(Web, "Api", "Clients");
        var writers = OutsideClients(file => File.ReadAllText(file).Contains($"api/{service}/", StringComparison.Ordinal));
        Assert.True(writers.Count == 0, $"{service}'s paths are written outside its client in: {string.Join(", ", writers)}");
        Assert.True(File.Exists(Path.Combine(clients, $"{string.Concat(service.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}Client.cs")), $"{service} has no client in Api/Clients.");
    }

    /// <summary>
    /// Pages and helpers take a client, not the gateway itself: a page that sends its own request has
    /// written a path. Only the clients and the web's start-up (which configures it) name it.
    /// </summary>
    [Fact]
    public void Only_the_clients_send_through_the_gateway()
    {
        string[] allowed = [Path.Combine("Api", "GatewayApi.cs"), Path.Combine("Api", "ApiResult.cs"), Path.Combine("Api", "ApiProblem.cs"),
            Path.Combine("Extensions", "WebServiceExtensions.cs")];
        var senders = OutsideClients(file => File.ReadAllText(file).Contains("GatewayApi", StringComparison.Ordinal))
            .Where(file => !allowed.Contains(file))
            .ToList();
        Assert.True(senders.Count == 0, $"These reach the gateway without a client: {string.Join(", ", senders)}");
    }

    private static string Web => Path.Combine(SharedLibraryTests.RepositoryRoot(), "web", "VanBinnenuit.Web");

    /// <summary>The web's C# and Razor files outside <c>Api/Clients</c> (and the build's output) that <paramref name="match"/>.</summary>
    private static List<string> OutsideClients(Func<string, bool> match)
    {
        var clients = Path.Combine(Web, "Api", "Clients");
        return [.. Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(clients, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(match)
            .Select(f => Path.GetRelativePath(Web, f))];
    }
}
