using System.Diagnostics;
using k8s;
using k8s.Models;

namespace VanBinnenuit.Deployment.Tests;

/// <summary>
/// An overlay of <c>deploy/kubernetes</c> as <c>kubectl kustomize</c> renders it (no cluster needed), every
/// object loaded strictly into the Kubernetes API's typed models: a field the API does not know, or a
/// value of the wrong type, fails the load. The operators' custom resources load into their own types.
/// </summary>
public sealed class RenderedManifests
{
    private static readonly Dictionary<string, Type> CustomResources = new()
    {
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CustomResource),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(CustomResource),
    };

    private RenderedManifests(string overlay, IReadOnlyList<object> objects)
    {
        Overlay = overlay;
        Objects = objects;
    }

    public string Overlay { get; }
    public IReadOnlyList<object> Objects { get; }

    public IEnumerable<V1Deployment> Deployments => Objects.OfType<V1Deployment>();
    public IEnumerable<V1Job> Jobs => Objects.OfType<V1Job>();

    /// <summary>Every pod template: the Deployments' and the migration jobs'.</summary>
    public IEnumerable<(string Owner, V1PodSpec Pod)> Pods =>
        Deployments.Select(d => (d.Metadata.Name, d.Spec.Template.Spec)).Concat(Jobs.Select(j => (j.Metadata.Name, j.Spec.Template.Spec)));

    public static RenderedManifests Of(string overlay)
    {
        var directory = Path.Combine(RepositoryRoot(), "deploy", "kubernetes", "overlays", overlay);
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var kubectl = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start (./test.sh installs it).");
        var output = kubectl.StandardOutput.ReadToEndAsync();
        var errors = kubectl.StandardError.ReadToEndAsync();
        kubectl.WaitForExit();
        if (kubectl.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {directory} failed: {errors.Result}");
        }
        return new RenderedManifests(overlay, KubernetesYaml.LoadAllFromString(output.Result, CustomResources, strict: true));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VanBinnenuit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (VanBinnenuit.sln) was not found.");
    }
}

/// <summary>An operator's resource: its own schema is the operator's to check; here it is an object with a spec.</summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public V1ObjectMeta Metadata { get; set; } = new();
    public Dictionary<string, object> Spec { get; set; } = [];
}
