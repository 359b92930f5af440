namespace VanBinnenuit.Architecture.Tests;

/// <summary>
/// The web reaches a service only through its typed client in <c>web/VanBinnenuit.Web/Api/Clients/</c>: no
/// page or helper writes a service's path, so a changed path is changed in one place.
/// </summary>
public sealed class WebClientTests
{
    /// <summary>The services that have their client (issue 19 moves the others one by one).</summary>
    public static TheoryData<string> ServicesWithClients => new(["advice-requests"]);

    [Theory]
    [MemberData(nameof(ServicesWithClients))]
    public void No_page_writes_a_path_of_a_service_that_has_a_client(string service)
    {
        var web = Path.Combine(SharedLibraryTests.RepositoryRoot(), "web", "VanBinnenuit.Web");
        var clients = Path.Combine(web, "Api", "Clients");
        var writers = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(clients, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains($"api/{service}/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();
        Assert.True(writers.Count == 0, $"{service}'s paths are written outside its client in: {string.Join(", ", writers)}");
        Assert.True(File.Exists(Path.Combine(clients, $"{string.Concat(service.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}Client.cs")), $"{service} has no client in Api/Clients.");
    }
}
