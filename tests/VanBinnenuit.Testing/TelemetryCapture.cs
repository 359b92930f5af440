using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VanBinnenuit.Testing;

/// <summary>
/// Everything the system's processes tell an operator: an OTLP/HTTP receiver standing in for the
/// dashboard (traces, metrics and logs, kept as the raw protobuf bodies, whose strings are plain UTF-8)
/// and every resource's console output. A test scans it all for what must never be there.
/// </summary>
public sealed class TelemetryCapture : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Source, byte[] Content)> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _watchers = [];
    private WebApplication? _receiver;

    /// <summary>Where the processes send OTLP over HTTP (<c>/v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>).</summary>
    public string Endpoint { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _received.Enqueue(($"otlp {signal} from {request.Headers.UserAgent}", body.ToArray()));
            // An empty Export*ServiceResponse: zero bytes of protobuf.
            return Results.Bytes([], "application/x-protobuf");
        });
        await _receiver.StartAsync();
        Endpoint = _receiver.Urls.Single();
    }

    /// <summary>Points every project of the app host at the receiver, exporting each second.</summary>
    public void Attach(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "1000")
                .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "1000")
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "1000");
        }
    }

    /// <summary>Follows the console output of every resource (each replica by its own id) from its first line.</summary>
    public void Watch(DistributedApplication app)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var watched = new ConcurrentDictionary<string, Task>();
        _watchers.Add(Task.Run(async () =>
        {
            try
            {
                await foreach (var change in notifications.WatchAsync(_stop.Token))
                {
                    var name = change.Resource.Name;
                    _ = watched.GetOrAdd(change.ResourceId, id => Task.Run(() => FollowAsync(logs, id, name)));
                }
            }
            catch (OperationCanceledException)
            {
            }
            await Task.WhenAll(watched.Values);
        }));
    }

    private async Task FollowAsync(ResourceLoggerService logs, string resourceId, string name)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(_stop.Token))
            {
                foreach (var line in batch)
                {
                    _received.Enqueue(($"console {name}", Encoding.UTF8.GetBytes(line.Content)));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Each place (signal or console) where one of <paramref name="secrets"/> appears, with the text around it.</summary>
    public IEnumerable<string> Leaks(IEnumerable<string> secrets) =>
        from item in _received.ToArray()
        let text = Encoding.UTF8.GetString(item.Content)
        from secret in secrets
        let at = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase)
        where at >= 0
        select $"{item.Source}: '{secret}' in …{Printable(text.Substring(Math.Max(0, at - 80), Math.Min(text.Length - Math.Max(0, at - 80), secret.Length + 160)))}…";

    /// <summary>Each place where <paramref name="pattern"/> matches, for shapes (e-mail addresses, tokens) rather than known strings.</summary>
    public IEnumerable<string> Matches(System.Text.RegularExpressions.Regex pattern) =>
        from item in _received.ToArray()
        let text = Encoding.UTF8.GetString(item.Content)
        from System.Text.RegularExpressions.Match match in pattern.Matches(text)
        select $"{item.Source}: {Printable(match.Value)}";

    /// <summary>How many bodies and lines of each source arrived, to show the scan saw something.</summary>
    public IReadOnlyDictionary<string, int> Received => _received.ToArray()
        .GroupBy(item => item.Source.Split(' ')[0] + " " + item.Source.Split(' ')[1]).ToDictionary(g => g.Key, g => g.Count());

    private static string Printable(string text) => new([.. text.Select(c => char.IsControl(c) ? '·' : c)]);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_watchers);
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
        _stop.Dispose();
    }
}
