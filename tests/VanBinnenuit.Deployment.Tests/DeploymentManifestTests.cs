using System.Globalization;
using System.Reflection;
using k8s.Models;
using VanBinnenuit.ServiceDefaults;
using AppHostInfrastructure = VanBinnenuit.AppHost.Infrastructure.Infrastructure;

namespace VanBinnenuit.Deployment.Tests;

/// <summary>
/// The Kubernetes manifests, rendered from both overlays, against the app host's model and the rules a
/// deployment of sensitive data keeps: a Deployment per process with probes, limits and a locked-down
/// container; a migration job per database; pinned images; the gateway the only way in; no secret in plain text.
/// </summary>
public sealed class DeploymentManifestTests
{
    public static TheoryData<string> Overlays => new("local", "production");

    /// <summary>The processes the app host runs (from <see cref="ResourceNames"/>): each with its database's connection name, if any.</summary>
    private static readonly IReadOnlyDictionary<string, string?> Processes = typeof(ResourceNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && !f.Name.EndsWith("Db", StringComparison.Ordinal)
            && f.Name is not nameof(ResourceNames.Postgres) and not nameof(ResourceNames.Broker) and not nameof(ResourceNames.DemoProgramme))
        .ToDictionary(f => (string)f.GetRawConstantValue()!,
            f => typeof(ResourceNames).GetField($"{f.Name}Db")?.GetRawConstantValue() as string);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_process_of_the_app_host_has_a_Deployment_and_a_Service_and_nothing_else_does(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        var ours = manifests.Deployments.Where(d => d.Metadata.Name != "otel-collector").Select(d => d.Metadata.Name).Order();

        Assert.Equal(Processes.Keys.Order(), ours);
        var services = manifests.Objects.OfType<V1Service>().Select(s => s.Metadata.Name).ToHashSet();
        Assert.All(Processes.Keys, name => Assert.Contains(name, services));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Each_process_reaches_its_own_database_and_a_service_the_broker_and_identity_by_the_app_host_s_names(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        foreach (var (name, database) in Processes.Where(p => p.Value is not null))
        {
            var env = Env(manifests.Deployments.Single(d => d.Metadata.Name == name));
            var connection = Assert.Contains($"ConnectionStrings__{database}", env);
            Assert.Contains($"Database={AppHostInfrastructure.DatabaseNames[database!]};", connection.Value);
            if (name == ResourceNames.Web)
            {
                // The web's database holds its sessions and keys; it reaches everything else through the gateway.
                Assert.DoesNotContain($"ConnectionStrings__{ResourceNames.Broker}", env);
                Assert.DoesNotContain($"services__{ResourceNames.Identity}__http__0", env);
            }
            else
            {
                Assert.Contains($"ConnectionStrings__{ResourceNames.Broker}", env);
            }
            if (name is not ResourceNames.Identity and not ResourceNames.Web)
            {
                Assert.Equal($"http://{ResourceNames.Identity}:8080", env[$"services__{ResourceNames.Identity}__http__0"].Value);
            }
            // The job migrates with the same image and settings, then stops; the replicas never migrate.
            var job = Assert.Single(manifests.Jobs, j => j.Metadata.Name.StartsWith($"{name}-migrations-", StringComparison.Ordinal));
            var migrator = Assert.Single(job.Spec.Template.Spec.Containers);
            Assert.Contains("--Database:Migrations=Only", migrator.Args);
            Assert.Equal(env.Keys.Order(), migrator.Env.Select(e => e.Name).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_gateway_reaches_every_API_and_the_web_and_is_the_only_way_in(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        var env = Env(manifests.Deployments.Single(d => d.Metadata.Name == ResourceNames.Gateway));

        foreach (var target in ResourceNames.ApiServices.Append(ResourceNames.Web))
        {
            Assert.Equal($"http://{target}:8080", env[$"services__{target}__http__0"].Value);
        }
        Assert.Contains("Gateway__TrustedProxies", env);
        var ingress = Assert.Single(manifests.Objects.OfType<V1Ingress>());
        Assert.All(ingress.Spec.Rules.SelectMany(r => r.Http.Paths), p => Assert.Equal(ResourceNames.Gateway, p.Backend.Service.Name));
        Assert.All(manifests.Objects.OfType<V1Service>(), s => Assert.True(s.Spec.Type is null or "ClusterIP", $"{s.Metadata.Name} is reachable from outside ({s.Spec.Type})."));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_container_is_probed_limited_locked_down_and_pinned(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        foreach (var (owner, pod) in manifests.Pods)
        {
            Assert.True(pod.SecurityContext?.RunAsNonRoot == true, $"{owner} may run as root.");
            Assert.Equal(false, pod.AutomountServiceAccountToken);
            foreach (var container in pod.Containers)
            {
                var image = container.Image;
                var tag = image.Contains(':', StringComparison.Ordinal) ? image[(image.LastIndexOf(':') + 1)..] : "";
                Assert.False(tag is "" or "latest", $"{owner}'s image {image} is not pinned to a version.");
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true && container.Resources.Limits?.ContainsKey(resource) == true,
                        $"{owner}'s container has no {resource} request and limit.");
                }
                var security = container.SecurityContext;
                Assert.True(security?.RunAsNonRoot == true && security.ReadOnlyRootFilesystem == true && security.AllowPrivilegeEscalation == false,
                    $"{owner}'s container may run as root, write its file system or escalate.");
                Assert.Contains("ALL", security!.Capabilities.Drop);
            }
        }
        foreach (var deployment in manifests.Deployments.Where(d => Processes.ContainsKey(d.Metadata.Name)))
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal("/health/ready", container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal("/health/live", container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal("Production", Env(deployment)["ASPNETCORE_ENVIRONMENT"].Value);
            Assert.Equal("http://otel-collector:4317", Env(deployment)["OTEL_EXPORTER_OTLP_ENDPOINT"].Value);
            Assert.Single(manifests.Objects.OfType<V1PodDisruptionBudget>(), p => p.Metadata.Name == deployment.Metadata.Name);
            Assert.Single(manifests.Objects.OfType<V2HorizontalPodAutoscaler>(), h => h.Spec.ScaleTargetRef.Name == deployment.Metadata.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void No_secret_is_written_in_the_manifests(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);

        Assert.Empty(manifests.Objects.OfType<V1Secret>());
        foreach (var (owner, pod) in manifests.Pods)
        {
            foreach (var variable in pod.Containers.SelectMany(c => c.Env ?? []))
            {
                var secretLike = new[] { "Password", "Secret", "Key", "ConnectionStrings" }.Any(w => variable.Name.Contains(w, StringComparison.OrdinalIgnoreCase));
                if (!secretLike || variable.ValueFrom is not null)
                {
                    continue;
                }
                // A connection string is composed from secrets ($(DATABASE_PASSWORD)); a folder name is no secret.
                var value = variable.Value ?? "";
                Assert.True(value.StartsWith('/') || (value.Contains("$(", StringComparison.Ordinal) && !HasLiteralPassword(value)),
                    $"{owner}'s {variable.Name} holds a value in plain text.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Everything_of_ours_is_behind_a_network_policy_that_denies_by_default(string overlay)
    {
        var manifests = RenderedManifests.Of(overlay);
        var deny = Assert.Single(manifests.Objects.OfType<V1NetworkPolicy>(), p => p.Metadata.Name == "default-deny");

        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.All(manifests.Pods, p => Assert.Equal("vanbinnenuit",
            (manifests.Deployments.FirstOrDefault(d => d.Metadata.Name == p.Owner)?.Spec.Template.Metadata.Labels
                ?? manifests.Jobs.Single(j => j.Metadata.Name == p.Owner).Spec.Template.Metadata.Labels)["app.kubernetes.io/part-of"]));
    }

    [Fact]
    public void PostgreSQL_and_RabbitMQ_run_three_ways_in_production()
    {
        var manifests = RenderedManifests.Of("production");
        var custom = manifests.Objects.OfType<CustomResource>().ToList();

        Assert.Equal("3", custom.Single(c => c.Kind == "Cluster").Spec["instances"].ToString());
        Assert.Equal("3", custom.Single(c => c.Kind == "RabbitmqCluster").Spec["replicas"].ToString());
        Assert.Equal(AppHostInfrastructure.DatabaseNames.Values.Order(), custom.Where(c => c.Kind == "Database").Select(c => c.Spec["name"].ToString()).Order());
    }

    [Theory]
    [InlineData("local", "")]
    [InlineData("production", "registry.vanbinnenuit.nl/")]
    public void Every_pod_runs_the_image_its_project_publishes_as_the_user_the_image_has(string overlay, string registry)
    {
        var manifests = RenderedManifests.Of(overlay);
        var images = PublishedImages.Projects.ToDictionary(p => p.Repository);

        Assert.Equal(Processes.Keys.Select(name => $"vanbinnenuit/{name}").Order(), images.Keys.Order());
        foreach (var deployment in manifests.Deployments.Where(d => Processes.ContainsKey(d.Metadata.Name)))
        {
            var image = images[$"vanbinnenuit/{deployment.Metadata.Name}"];
            Assert.Equal(registry + image.Reference, Assert.Single(deployment.Spec.Template.Spec.Containers).Image);
            Assert.Equal(image.User, deployment.Spec.Template.Spec.SecurityContext.RunAsUser?.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var job in manifests.Jobs)
        {
            // A Job's pod template cannot change, so each release migrates in a Job named after its version.
            var owner = job.Metadata.Name[..job.Metadata.Name.IndexOf("-migrations-", StringComparison.Ordinal)];
            var image = images[$"vanbinnenuit/{owner}"];
            Assert.Equal(registry + image.Reference, Assert.Single(job.Spec.Template.Spec.Containers).Image);
            Assert.Equal($"{owner}-migrations-{image.Tag.Replace('.', '-')}", job.Metadata.Name);
        }
    }

    private static Dictionary<string, V1EnvVar> Env(V1Deployment deployment) =>
        Assert.Single(deployment.Spec.Template.Spec.Containers).Env.ToDictionary(e => e.Name);

    private static bool HasLiteralPassword(string value) =>
        value.Split(';', ':', '@').Any(part => part.StartsWith("Password=", StringComparison.OrdinalIgnoreCase) && !part.Contains("$(", StringComparison.Ordinal));
}
