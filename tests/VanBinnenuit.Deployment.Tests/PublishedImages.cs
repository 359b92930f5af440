using System.Diagnostics;
using System.Text.Json;

namespace VanBinnenuit.Deployment.Tests;

/// <summary>
/// The container images the projects publish (<c>dotnet publish -t:PublishContainer</c>), as MSBuild evaluates
/// their properties: every project under services/, web/ and gateway/ that names a <c>ContainerRepository</c>.
/// </summary>
public static class PublishedImages
{
    private static readonly Lazy<IReadOnlyList<PublishedImage>> All = new(Evaluate);

    public static IReadOnlyList<PublishedImage> Projects => All.Value;

    private static IReadOnlyList<PublishedImage> Evaluate()
    {
        var root = RenderedManifests.RepositoryRoot();
        return new[] { "services", "web", "gateway" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(Properties)
            .Where(p => p.Repository != "")
            .ToList();
    }

    private static PublishedImage Properties(string project)
    {
        // ComputeContainerConfig fills in what the project leaves to the SDK, as a publish would see it.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(dotnet,
            ["msbuild", project, "-nologo", "-t:ComputeContainerConfig", "-p:Configuration=Release",
             "-getProperty:ContainerRepository", "-getProperty:ContainerImageTag", "-getProperty:ContainerUser",
             "-getProperty:ContainerBaseImage"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var msbuild = Process.Start(start) ?? throw new InvalidOperationException("dotnet msbuild did not start.");
        var output = msbuild.StandardOutput.ReadToEndAsync();
        _ = msbuild.StandardError.ReadToEndAsync();
        msbuild.WaitForExit();
        if (msbuild.ExitCode != 0)
        {
            throw new InvalidOperationException($"Evaluating {project} failed: {output.Result}");
        }
        var properties = JsonDocument.Parse(output.Result).RootElement.GetProperty("Properties");
        string Read(string name) => properties.GetProperty(name).GetString() ?? "";
        var repository = File.ReadAllText(project).Contains("<ContainerRepository>", StringComparison.Ordinal) ? Read("ContainerRepository") : "";
        return new PublishedImage(Path.GetFileNameWithoutExtension(project), repository, Read("ContainerImageTag"), Read("ContainerUser"), Read("ContainerBaseImage"));
    }
}

/// <summary>One project's image: <c>Repository:Tag</c>, run as <c>User</c>, on <c>BaseImage</c>.</summary>
public sealed record PublishedImage(string Project, string Repository, string Tag, string User, string BaseImage)
{
    public string Reference => $"{Repository}:{Tag}";
}
