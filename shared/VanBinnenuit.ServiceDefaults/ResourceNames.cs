namespace VanBinnenuit.ServiceDefaults;

/// <summary>
/// Names shared by the app host, the services and the tests, so a resource or connection
/// string name is typed once.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Broker = "messaging";

    public const string Registry = "registry";
    /// <summary>The demo programme's loader, in Development only.</summary>
    public const string DemoProgramme = "demo-programme";
    public const string Scheduling = "scheduling";
    public const string Monitoring = "monitoring";
    public const string AdviceRequests = "advice-requests";
    public const string Identity = "identity";
    public const string Gateway = "gateway";
    /// <summary>The web frontend, behind the gateway at <c>/</c>.</summary>
    public const string Web = "web";

    public const string RegistryDb = "registrydb";
    public const string SchedulingDb = "schedulingdb";
    public const string MonitoringDb = "monitoringdb";
    public const string AdviceRequestsDb = "advicerequestsdb";
    public const string IdentityDb = "identitydb";
    /// <summary>The web's sign-in sessions and Data Protection key ring, shared by its replicas.</summary>
    public const string WebDb = "webdb";

    /// <summary>
    /// The services behind the gateway at <c>/api/&lt;name&gt;/</c>, and so the audiences of an access
    /// token. Identity is one of them for its administrators' API.
    /// </summary>
    public static readonly IReadOnlyList<string> ApiServices = [Registry, Scheduling, Monitoring, AdviceRequests, Identity];
}
