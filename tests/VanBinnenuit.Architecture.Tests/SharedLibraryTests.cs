using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NetArchTest.Rules;

namespace VanBinnenuit.Architecture.Tests;

/// <summary>
/// The shared libraries by purpose (README, "Layout"): hosting defaults, the API kit and persistence apart,
/// so the gateway and the web take no database and no broker they do not use.
/// </summary>
public sealed class SharedLibraryTests
{
    private static readonly string[] Database = ["Microsoft.EntityFrameworkCore", "Npgsql", "VanBinnenuit.Persistence"];
    private static readonly string[] Broker = ["MassTransit", "VanBinnenuit.Messaging"];

    [Fact]
    public void The_hosting_defaults_know_no_API_kit_database_or_broker()
    {
        var result = Types.InAssembly(typeof(ServiceDefaults.Extensions).Assembly)
            .ShouldNot().HaveDependencyOnAny([.. Database, .. Broker, "VanBinnenuit.ApiKit", "Microsoft.AspNetCore.OpenApi", "Microsoft.AspNetCore.Authentication.JwtBearer"])
            .GetResult();
        Assert.True(result.IsSuccessful, $"ServiceDefaults reaches beyond hosting in: {Failing(result)}");
    }

    [Fact]
    public void The_API_kit_knows_no_database_or_broker()
    {
        var result = Types.InAssembly(typeof(ApiKit.ApiDefaults).Assembly)
            .ShouldNot().HaveDependencyOnAny([.. Database, .. Broker])
            .GetResult();
        Assert.True(result.IsSuccessful, $"The API kit reaches a database or the broker in: {Failing(result)}");
    }

    [Fact]
    public void Persistence_knows_no_broker()
    {
        var result = Types.InAssembly(typeof(Persistence.MessagingModel).Assembly)
            .ShouldNot().HaveDependencyOnAny(Broker)
            .GetResult();
        Assert.True(result.IsSuccessful, $"Persistence reaches the broker in: {Failing(result)}");
    }

    [Fact]
    public void The_vocabulary_depends_on_the_BCL_and_NodaTime_only()
    {
        // A domain may use the vocabulary, so it may bring nothing a domain may not use itself. Read from the
        // assembly's references: NetArchTest counts a generic method's type parameter as a dependency of its own.
        var references = typeof(Vocabulary.DutchTime).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var beyond = references.Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "NodaTime")).ToList();
        Assert.True(beyond.Count == 0, $"The vocabulary references {string.Join(", ", beyond)}");
        Assert.Contains("NodaTime", references);
    }

    [Theory]
    [InlineData("gateway/VanBinnenuit.Gateway/VanBinnenuit.Gateway.csproj", false)]
    [InlineData("web/VanBinnenuit.Web/VanBinnenuit.Web.csproj", true)]
    public void The_gateway_and_the_web_take_no_broker_and_only_the_web_a_database_not_even_through_a_shared_library(string project, bool database)
    {
        // The compiled assembly lists only what its own code touches; the project graph is what gets deployed.
        var taken = References(Path.Combine(RepositoryRoot(), project), []);
        var unwanted = taken.Where(name => (database ? Broker : Database.Concat(Broker)).Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        Assert.True(unwanted.Count == 0, $"{project} takes {string.Join(", ", unwanted)}");
        Assert.Contains("VanBinnenuit.ServiceDefaults", taken);
    }

    [Fact]
    public void The_web_s_database_holds_its_sessions_and_key_ring_and_no_programme_data()
    {
        // Replicas share sign-ins and keys; anything about the programme stays behind the services' APIs.
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Web.Data.WebDbContext>()
            .UseNpgsql("Host=localhost").UseSnakeCaseNamingConvention().Options;
        using var context = new Web.Data.WebDbContext(options);
        var tables = context.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.GetEntityTypes()
            .Select(e => e.GetTableName()).Order();
        Assert.Equal(["data_protection_keys", "sessions"], tables);
    }

    /// <summary>Every project and package a project takes, through its project references.</summary>
    private static HashSet<string> References(string projectFile, HashSet<string> seen)
    {
        var project = XDocument.Load(projectFile);
        foreach (var package in project.Descendants("PackageReference"))
        {
            seen.Add((string)package.Attribute("Include")!);
        }
        foreach (var reference in project.Descendants("ProjectReference"))
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, ((string)reference.Attribute("Include")!).Replace('\\', '/')));
            if (seen.Add(Path.GetFileNameWithoutExtension(path)))
            {
                References(path, seen);
            }
        }
        return seen;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VanBinnenuit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository's VanBinnenuit.sln was not found above the test's folder.");
    }

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
