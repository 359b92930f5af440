using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.DemoProgramme.Loading;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    public int Seed { get; set; } = DemoWorldGenerator.DefaultSeed;
    /// <summary>The Development-only machine client with the coordinator's rights (seeded by identity).</summary>
    public string ClientId { get; set; } = "demo-programme";
    public string ClientSecret { get; set; } = "demo-secret-programme";
}

/// <summary>
/// Writes the demo programme once, then stops (the dashboard shows the resource as finished). Each part
/// goes through the service that owns it; what is already there is left, so a restart changes nothing.
/// </summary>
internal sealed class DemoLoader(
    IHttpClientFactory clients, IOptions<DemoOptions> options, DemoProgress progress, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<DemoLoader> logger)
    : BackgroundService
{
    public const string ClientName = "demo-programme";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var http = clients.CreateClient(ClientName);
            var registry = new RegistryLoader(new ServiceApi(http, ResourceNames.Registry, ct => TokenAsync(http, ct)), progress);
            var municipalities = await registry.MunicipalitiesAsync(stoppingToken);
            var world = DemoWorldGenerator.Generate(municipalities, DemoScale.Programme, options.Value.Seed);
            logger.LogInformation("Demo programme (seed {Seed}): {Communities} communities, {Organisations} organisations, {Leaders} leaders",
                options.Value.Seed, world.Communities.Count, world.Organisations.Count, world.Leaders.Count);
            var (communities, leaders) = await registry.LoadAsync(world, stoppingToken);
            var scheduling = new ServiceApi(http, ResourceNames.Scheduling, ct => TokenAsync(http, ct));
            await ReadModels.WaitAsync(scheduling, communities.Count, leaders, stoppingToken);
            var series = await new SchedulingLoader(scheduling, progress, logger).LoadAsync(world, communities, stoppingToken);
            logger.LogInformation("Demo programme: {Series} series in scheduling after {Seconds:0.0} s", series.Count, clock.Elapsed.TotalSeconds);
            var monitoring = new ServiceApi(http, ResourceNames.Monitoring, ct => TokenAsync(http, ct));
            await new MonitoringLoader(monitoring, progress, time).LoadAsync(series, stoppingToken);
            logger.LogInformation("Demo programme loaded in {Seconds:0.0} s: {Summary}", clock.Elapsed.TotalSeconds, progress.Summary());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Ends the process with 1, so the dashboard (and the demo's test) sees it failed rather than finished.
            logger.LogError(ex, "Demo programme not loaded: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
        lifetime.StopApplication();
    }

    private string? _token;
    private DateTimeOffset _tokenExpires;

    /// <summary>A token by client credentials, kept until shortly before it expires.</summary>
    private async Task<string> TokenAsync(HttpClient http, CancellationToken cancellationToken)
    {
        if (_token is { } token && DateTimeOffset.UtcNow < _tokenExpires)
        {
            return token;
        }
        using var response = await http.PostAsync($"http://{ResourceNames.Identity}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = options.Value.ClientId, ["client_secret"] = options.Value.ClientSecret, ["scope"] = "api",
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoLoadException($"The identity service gave the demo client no token ({(int)response.StatusCode}); it exists in Development only.");
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        _tokenExpires = DateTimeOffset.UtcNow.AddSeconds(body.GetProperty("expires_in").GetInt32() - 60);
        return _token = body.GetProperty("access_token").GetString()!;
    }
}
