using System.Diagnostics;
using System.Threading.Channels;
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

    /// <summary>A municipality's demo system, as identity's demo seeder makes it (its secret is public on purpose).</summary>
    public static string MunicipalClientId(string municipality) => $"demo-{municipality.ToLowerInvariant()}-system";

    public static string MunicipalClientSecret(string municipality) => $"demo-secret-{municipality.ToLowerInvariant()}";
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
            var token = new ClientToken(http, options.Value.ClientId, options.Value.ClientSecret);
            ServiceApi Api(string service) => new(http, service, token.GetAsync, progress);
            var registry = new RegistryLoader(Api(ResourceNames.Registry), progress);
            var municipalities = await registry.MunicipalitiesAsync(stoppingToken);
            var world = DemoWorldGenerator.Generate(municipalities, DemoScale.Programme, options.Value.Seed);
            logger.LogInformation("Demo programme (seed {Seed}): {Communities} communities, {Organisations} organisations, {Leaders} leaders",
                options.Value.Seed, world.Communities.Count, world.Organisations.Count, world.Leaders.Count);
            var ids = await registry.LoadAsync(world, stoppingToken);
            // Planning and the advice requests touch different services: they load side by side.
            await Task.WhenAll(ProgrammeAsync(world, ids, Api, clock, stoppingToken), AdviceAsync(world, ids, http, Api, stoppingToken));
            logger.LogInformation("Demo programme loaded in {Seconds:0.0} s: {Summary}", clock.Elapsed.TotalSeconds, progress.Summary());
            logger.LogInformation("Demo programme: time per call (mean) of the busiest endpoints: {Timings}", progress.Timings());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Ends the process with 1, so the dashboard (and the demo's test) sees it failed rather than finished.
            logger.LogError(ex, "Demo programme not loaded: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
        lifetime.StopApplication();
    }

    /// <summary>Series planned through scheduling as its read models hold the world, and their reports through monitoring as each is planned.</summary>
    private async Task ProgrammeAsync(DemoWorld world, RegistryIds ids, Func<string, ServiceApi> api, Stopwatch clock, CancellationToken cancellationToken)
    {
        var scheduling = api(ResourceNames.Scheduling);
        // Series and their dates need only the communities; the leaders' events arrive meanwhile (ten seconds or so).
        await ReadModels.CommunitiesAsync(scheduling, ids.Communities.Count, cancellationToken);
        var leadersKnown = ReadModels.LeadersAsync(scheduling, [.. ids.Leaders.Values], cancellationToken);
        // Reports are written for each series once it is planned, beside the planning of the rest.
        var planned = Channel.CreateUnbounded<(DemoSeries Series, Guid Id, string Status)>();
        var reporting = new MonitoringLoader(api(ResourceNames.Monitoring), scheduling, progress, time, logger).LoadAsync(planned.Reader, cancellationToken);
        List<(DemoSeries Series, Guid Id, string Status)> series;
        try
        {
            series = await new SchedulingLoader(scheduling, progress, logger).LoadAsync(world, ids, leadersKnown, planned.Writer, cancellationToken);
            planned.Writer.Complete();
        }
        catch (Exception ex)
        {
            planned.Writer.Complete(ex);
            throw;
        }
        logger.LogInformation("Demo programme: {Series} series in scheduling after {Seconds:0.0} s", series.Count, clock.Elapsed.TotalSeconds);
        await reporting;
    }

    /// <summary>The knowledge base, the advice requests pointing into it, and the knowledge meetings for municipalities.</summary>
    private async Task AdviceAsync(DemoWorld world, RegistryIds ids, HttpClient http, Func<string, ServiceApi> api, CancellationToken cancellationToken)
    {
        var adviceRequests = api(ResourceNames.AdviceRequests);
        var knowledge = await new KnowledgeBaseLoader(adviceRequests, progress).LoadAsync(cancellationToken);
        var municipalities = AdviceRequestGenerator.SelfServiceMunicipalities.ToDictionary(code => code, code =>
        {
            var token = new ClientToken(http, DemoOptions.MunicipalClientId(code), DemoOptions.MunicipalClientSecret(code));
            return new ServiceApi(http, ResourceNames.AdviceRequests, token.GetAsync, progress);
        });
        await new AdviceRequestLoader(adviceRequests, municipalities, progress).LoadAsync(world, ids, knowledge, cancellationToken);
        await new KnowledgeMeetingLoader(api(ResourceNames.Scheduling), progress, time).LoadAsync(world, cancellationToken);
    }
}
