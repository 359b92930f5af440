using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.AppHost.Infrastructure;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.AppHost;

internal static class Services
{
    /// <summary>Identity, the four services, the web frontend and the gateway; each starts once what it needs is healthy.</summary>
    public static void AddVanBinnenuitServices(this IDistributedApplicationBuilder builder, Infrastructure.Infrastructure infrastructure)
    {
        var identity = AddService<Projects.VanBinnenuit_Identity>(builder, ResourceNames.Identity, infrastructure, ResourceNames.IdentityDb);
        var registry = AddService<Projects.VanBinnenuit_Registry>(builder, ResourceNames.Registry, infrastructure, ResourceNames.RegistryDb);
        var scheduling = AddService<Projects.VanBinnenuit_Scheduling>(builder, ResourceNames.Scheduling, infrastructure, ResourceNames.SchedulingDb);
        var monitoring = AddService<Projects.VanBinnenuit_Monitoring>(builder, ResourceNames.Monitoring, infrastructure, ResourceNames.MonitoringDb);
        var adviceRequests = AddService<Projects.VanBinnenuit_AdviceRequests>(builder, ResourceNames.AdviceRequests, infrastructure, ResourceNames.AdviceRequestsDb);

        // The registry announces its reference data at first start; its consumers' queues must be
        // bound by then (a service is ready once its receive endpoints are), or the events go nowhere.
        registry.WaitFor(scheduling).WaitFor(monitoring).WaitFor(adviceRequests);

        var web = builder.AddProject<Projects.VanBinnenuit_Web>(ResourceNames.Web, launchProfileName: null)
            .WithHttpEndpoint()
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithDatabase(infrastructure, ResourceNames.WebDb)
            .WithHttpHealthCheck("/health/ready");

        // A person opens the gateway, so run.sh gives it a fixed port; tests leave it random.
        var gatewayPort = builder.Configuration.GetValue<int?>("Gateway:Port");
        var gateway = builder.AddProject<Projects.VanBinnenuit_Gateway>(ResourceNames.Gateway, launchProfileName: null)
            .WithHttpEndpoint(port: gatewayPort)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health/ready");
        foreach (var service in new[] { identity, registry, scheduling, monitoring, adviceRequests, web })
        {
            gateway.WithReference(service).WaitFor(service);
        }

        // A load harness raises the per-caller limit, so it measures the services rather than the limiter.
        if (builder.Configuration["Gateway:RateLimitPermits"] is { } permits)
        {
            gateway.WithEnvironment("Gateway__RateLimitPermits", permits);
        }

        // Tokens name the gateway as issuer: it is the address clients know. The services fetch the
        // keys from the identity service directly, by service discovery.
        var issuer = ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/");
        identity.WithEnvironment("Identity__Issuer", issuer);
        // The demo web client may redirect to this run's gateway (its port is random in tests).
        identity.WithEnvironment("Identity__WebRedirectUri", ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/signin-oidc"));
        gateway.WithEnvironment("Identity__Issuer", issuer);
        // The web frontend signs people in at the issuer and calls every API through the gateway, as a browser would.
        web.WithEnvironment("Identity__Issuer", issuer).WithEnvironment("Web__Gateway", issuer);
        foreach (var service in new[] { registry, scheduling, monitoring, adviceRequests })
        {
            service.WithReference(identity).WithEnvironment("Identity__Issuer", issuer);
        }

        // The gateway proves itself to the services with a key of this run, so no other local process
        // can forge the client address or host they read from X-Forwarded-* (see GatewayForwarding).
        var forwardingKey = builder.AddParameter("gateway-forwarding-key", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), secret: true);
        var replicas = Replicas(builder.Configuration);
        foreach (var process in new[] { gateway, identity, registry, scheduling, monitoring, adviceRequests, web })
        {
            process.WithEnvironment("Gateway__ForwardingKey", forwardingKey).WithSupervision();
            if (replicas > 1)
            {
                // As a deployment runs them: each endpoint is one address that spreads connections over the replicas.
                process.WithReplicas(replicas);
            }
        }
    }

    /// <summary>
    /// How many of each process run (<c>Replicas</c>, <c>./run.sh --replicas 2</c>): one by default, so the
    /// dashboard stays readable; several to try what a deployment does (shared sessions, competing consumers).
    /// </summary>
    public static int Replicas(IConfiguration configuration) =>
        configuration.GetValue("Replicas", 1) is var replicas and >= 1 and <= 8
            ? replicas
            : throw new InvalidOperationException("Replicas must be between 1 and 8.");

    /// <summary>
    /// A programme in full swing to look at, written through each service's API once everything is
    /// ready. Development only, and never beyond it; <c>./run.sh --no-demo</c> (<c>Demo:Programme=false</c>) leaves the system empty.
    /// </summary>
    public static void AddDemoProgramme(this IDistributedApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || !builder.Configuration.GetValue("Demo:Programme", true))
        {
            return;
        }
        var model = builder.Resources;
        var demo = builder.AddProject<Projects.VanBinnenuit_DemoProgramme>(ResourceNames.DemoProgramme, launchProfileName: null)
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName);
        foreach (var name in new[] { ResourceNames.Identity, ResourceNames.Registry, ResourceNames.Scheduling, ResourceNames.Monitoring, ResourceNames.AdviceRequests })
        {
            var service = builder.CreateResourceBuilder((ProjectResource)model.Single(r => r.Name == name));
            demo.WithReference(service).WaitFor(service);
        }
        // Last: the people looking at the dashboard see the system ready first, the demo filling it after.
        demo.WaitFor(builder.CreateResourceBuilder((ProjectResource)model.Single(r => r.Name == ResourceNames.Gateway)));
    }

    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        IDistributedApplicationBuilder builder, string name, Infrastructure.Infrastructure infrastructure, string database)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, launchProfileName: null)
            .WithHttpEndpoint()
            // Without a launch profile nothing else tells a service which environment it runs in.
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithInfrastructure(infrastructure, database)
            .WithHttpHealthCheck("/health/ready");
}
