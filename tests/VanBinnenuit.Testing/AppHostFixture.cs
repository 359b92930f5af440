using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Npgsql;
using VanBinnenuit.ServiceDefaults;
using Xunit;

namespace VanBinnenuit.Testing;

/// <summary>Starts the real app host in a throw-away data folder and removes it all afterwards.</summary>
public abstract class AppHostFixture(params string[] arguments) : IAsyncLifetime
{
    private readonly string _dataDirectory = AppHostArguments.NewDataDirectory();
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The app host has not started.");

    /// <summary>The run's own data folder (local mode keeps the servers' data and generated passwords there).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>
    /// The superuser's connection to one database, as an operator reads it (local mode: the password the app
    /// host generated in the data folder).
    /// </summary>
    public string AdminConnection(string database)
    {
        var postgres = App.GetEndpoint(ResourceNames.Postgres, "tcp");
        var password = File.ReadAllText(Path.Combine(DataDirectory, "postgres.password")).Trim();
        return $"Host=127.0.0.1;Port={postgres.Port};Username=postgres;Password={password};Database={database};Timeout=5;Command Timeout=20";
    }

    /// <summary>Rows of one query over a service's database as the superuser (what a harness checks the data itself with).</summary>
    public async Task<List<T>> QueryAsync<T>(string database, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(AdminConnection(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    /// <summary>The broker's management API (local mode), with the services' own account.</summary>
    public async Task<HttpClient> BrokerManagementAsync()
    {
        var amqp = new Uri(await App.GetConnectionStringAsync(ResourceNames.Broker) ?? throw new InvalidOperationException("No broker connection."));
        var client = new HttpClient { BaseAddress = App.GetEndpoint($"{ResourceNames.Broker}-server", "management"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(amqp.UserInfo))));
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.VanBinnenuit_AppHost>(
            AppHostArguments.For(_dataDirectory, arguments));
        Configure(builder);
        _app = await builder.BuildAsync();
        await using var watch = new StartupWatch(_app);
        using var timeout = new CancellationTokenSource(StartLimit);
        try
        {
            await _app.StartAsync(timeout.Token);
            await WaitUntilReadyAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested)
        {
            var what = $"The app host was not ready within {StartLimit.TotalMinutes} minutes. Its resources:{Environment.NewLine}{watch.Describe()}";
            // Also on the console: a test runner may shorten the exception message it prints for every test.
            await Console.Error.WriteLineAsync(what);
            throw new TimeoutException(what, ex);
        }
    }

    /// <summary>
    /// Generous: two replicas of everything in Debug start in about two minutes on 2 cores, more while the
    /// machine is busy; a start that does not finish at all fails with every resource's state and last lines.
    /// </summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(8);

    /// <summary>A last say over the app host before it is built (the benchmark quiets its logs).</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    /// <summary>What must be healthy before the first test runs.</summary>
    protected abstract Task WaitUntilReadyAsync(CancellationToken cancellationToken);

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still flushing on exit; the folder is under the temp directory anyway.
        }
    }
}
