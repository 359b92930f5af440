using Microsoft.Extensions.Configuration;
using VanBinnenuit.AppHost.Infrastructure;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost;

internal static class Services
{
    /// <summary>The four services and the gateway; each starts once what it needs is healthy.</summary>
    public static void AddVanBinnenuitServices(this IDistributedApplicationBuilder builder, Infrastructure.Infrastructure infrastructure)
    {
        var registry = AddService<Projects.VanBinnenuit_Registry>(builder, ResourceNames.Registry, infrastructure, ResourceNames.RegistryDb);
        var scheduling = AddService<Projects.VanBinnenuit_Scheduling>(builder, ResourceNames.Scheduling, infrastructure, ResourceNames.SchedulingDb);
        var monitoring = AddService<Projects.VanBinnenuit_Monitoring>(builder, ResourceNames.Monitoring, infrastructure, ResourceNames.MonitoringDb);
        var adviceRequests = AddService<Projects.VanBinnenuit_AdviceRequests>(builder, ResourceNames.AdviceRequests, infrastructure, ResourceNames.AdviceRequestsDb);

        // The registry announces its reference data at first start; its consumers' queues must be
        // bound by then (a service is ready once its receive endpoints are), or the events go nowhere.
        registry.WaitFor(scheduling).WaitFor(monitoring).WaitFor(adviceRequests);

        // A person opens the gateway, so run.sh gives it a fixed port; tests leave it random.
        var gatewayPort = builder.Configuration.GetValue<int?>("Gateway:Port");
        var gateway = builder.AddProject<Projects.VanBinnenuit_Gateway>(ResourceNames.Gateway, launchProfileName: null)
            .WithHttpEndpoint(port: gatewayPort)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health/ready");
        foreach (var service in new[] { registry, scheduling, monitoring, adviceRequests })
        {
            gateway.WithReference(service).WaitFor(service);
        }
    }

    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        IDistributedApplicationBuilder builder, string name, Infrastructure.Infrastructure infrastructure, string database)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint()
            .WithInfrastructure(infrastructure, database)
            .WithHttpHealthCheck("/health/ready");
}
