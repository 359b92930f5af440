using System.Globalization;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>
/// A RabbitMQ node from the OS packages with its own data folder, node name and ports, the
/// management plugin on, and a generated account (the guest account is not used).
/// </summary>
internal sealed class LocalRabbitMq
{
    public const string ServiceUser = "rabbitmq";
    public const string User = "vanbinnenuit";
    private const string DebianServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string Missing =
        "The RabbitMQ server was not found. On Debian/Ubuntu: sudo apt-get install rabbitmq-server (./run.sh and ./test.sh do this). " +
        "Elsewhere install RabbitMQ 3.10 or later and set Infrastructure:RabbitMq:ServerScript to its rabbitmq-server script, " +
        "or start with --infra containers or --infra existing.";

    public required string DataDirectory { get; init; }
    public required string ServerScript { get; init; }
    public required string Password { get; init; }
    public required int Port { get; init; }
    public required int ManagementPort { get; init; }
    /// <summary>Erlang distribution port (rabbitmqctl talks to the node over it).</summary>
    public required int DistributionPort { get; init; }

    public (string Command, string[] Args) Launch => ServiceAccount.Launch(ServiceUser, ServerScript);

    /// <summary>The node's environment: everything lives in the data folder, logs go to standard output for the dashboard.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["HOME"] = DataDirectory,
        ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        ["RABBITMQ_NODENAME"] = $"vanbinnenuit-{Port}@localhost",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
    };

    public static LocalRabbitMq Prepare(string dataRoot, int port, int managementPort, int distributionPort, string? serverScript)
    {
        var script = serverScript ?? (File.Exists(DebianServerScript) ? DebianServerScript : null)
            ?? throw new InfrastructureException(Missing);
        if (!File.Exists(script))
        {
            throw new InfrastructureException($"{script} does not exist. {Missing}");
        }
        var dataDirectory = Path.Combine(dataRoot, "rabbitmq");
        Directory.CreateDirectory(dataDirectory);
        StartAfreshForQuorumQueues(dataDirectory);
        var password = LocalSecrets.ReadOrCreate(Path.Combine(dataRoot, "rabbitmq.password"));

        // Written at every start: ports may differ from the last run; the account is created on first boot only.
        File.WriteAllText(Path.Combine(dataDirectory, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort}
            default_user = {User}
            default_pass = {password}
            loopback_users = none
            """);
        File.WriteAllText(Path.Combine(dataDirectory, "enabled_plugins"), "[rabbitmq_management].\n");
        ServiceAccount.Own(ServiceUser, dataDirectory);

        return new LocalRabbitMq
        {
            DataDirectory = dataDirectory,
            ServerScript = script,
            Password = password,
            Port = port,
            ManagementPort = managementPort,
            DistributionPort = distributionPort,
        };
    }

    /// <summary>What the node's data was made for; a node made before the queues were quorum queues starts afresh.</summary>
    public const string QueueLayout = "quorum";

    /// <summary>
    /// RabbitMQ refuses to declare a queue again with another type, so the services could not start on a
    /// node whose queues are still classic ones. A local node holds only a developer's own runs, so its
    /// data is dropped once (queues, exchanges and the account are made again at the next start).
    /// </summary>
    internal static void StartAfreshForQuorumQueues(string dataDirectory)
    {
        var marker = Path.Combine(dataDirectory, "queue-layout");
        var mnesia = Path.Combine(dataDirectory, "mnesia");
        if (Directory.Exists(mnesia) && (!File.Exists(marker) || File.ReadAllText(marker).Trim() != QueueLayout))
        {
            Directory.Delete(mnesia, recursive: true);
        }
        File.WriteAllText(marker, QueueLayout + "\n");
    }
}
