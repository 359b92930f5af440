namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>
/// A PostgreSQL cluster from the OS packages, in a data folder of its own: initialised on first
/// start (scram passwords over TCP, no Unix socket), listening on 127.0.0.1 only.
/// </summary>
internal sealed class LocalPostgres
{
    public const string ServiceUser = "postgres";
    public const string SuperUser = "postgres";
    private const string Missing =
        "PostgreSQL server binaries (initdb, postgres) were not found. On Debian/Ubuntu: sudo apt-get install postgresql " +
        "(./run.sh and ./test.sh do this). Elsewhere install PostgreSQL 14 or later and set Infrastructure:Postgres:BinDirectory, " +
        "or start with --infra containers (a container runtime) or --infra existing (ConnectionStrings from configuration).";

    public required string DataDirectory { get; init; }
    public required string BinDirectory { get; init; }
    public required string Password { get; init; }
    public required int Port { get; init; }

    public (string Command, string[] Args) Launch => ServiceAccount.Launch(ServiceUser, Path.Combine(BinDirectory, "postgres"),
        "-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300");

    public static LocalPostgres Prepare(string dataRoot, int port, string? binDirectory)
    {
        var dataDirectory = Path.Combine(dataRoot, "postgres");
        var versionFile = Path.Combine(dataDirectory, "PG_VERSION");
        var existingMajor = File.Exists(versionFile) ? File.ReadAllText(versionFile).Trim() : null;
        var bin = binDirectory ?? FindBinDirectory(existingMajor) ?? throw new InfrastructureException(Missing);
        if (!File.Exists(Path.Combine(bin, "postgres")) || !File.Exists(Path.Combine(bin, "initdb")))
        {
            throw new InfrastructureException($"{bin} holds no postgres and initdb. {Missing}");
        }
        var password = LocalSecrets.ReadOrCreate(Path.Combine(dataRoot, "postgres.password"));

        if (existingMajor is null)
        {
            Initialise(dataDirectory, bin, password);
        }
        return new LocalPostgres { DataDirectory = dataDirectory, BinDirectory = bin, Password = password, Port = port };
    }

    private static void Initialise(string dataDirectory, string bin, string password)
    {
        Directory.CreateDirectory(dataDirectory);
        var passwordFile = Path.Combine(dataDirectory, "..", ".postgres-initdb-password");
        File.WriteAllText(passwordFile, password);
        try
        {
            ServiceAccount.Own(ServiceUser, dataDirectory);
            ServiceAccount.Own(ServiceUser, passwordFile);
            var (command, args) = ServiceAccount.Launch(ServiceUser, Path.Combine(bin, "initdb"),
                "-D", dataDirectory, "-U", SuperUser, "--pwfile", passwordFile, "-E", "UTF8", "--no-locale",
                "--auth-local=trust", "--auth-host=scram-sha-256");
            ServiceAccount.Run(command, args);
        }
        catch (InfrastructureException)
        {
            Directory.Delete(dataDirectory, recursive: true);
            throw;
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>Debian/Ubuntu keep each major version under /usr/lib/postgresql/N/bin; prefer the data folder's version, else the newest.</summary>
    private static string? FindBinDirectory(string? preferredMajor)
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (Major: Path.GetFileName(dir), Bin: Path.Combine(dir, "bin")))
                .Where(c => File.Exists(Path.Combine(c.Bin, "postgres")) && File.Exists(Path.Combine(c.Bin, "initdb")))
                .OrderByDescending(c => int.TryParse(c.Major, out var n) ? n : 0)
                .ToList()
            : [];
        var match = candidates.FirstOrDefault(c => c.Major == preferredMajor).Bin ?? candidates.FirstOrDefault().Bin;
        if (match is not null)
        {
            return match;
        }
        // Other distributions put the server binaries on the PATH.
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "postgres")) && File.Exists(Path.Combine(dir, "initdb")));
    }
}
