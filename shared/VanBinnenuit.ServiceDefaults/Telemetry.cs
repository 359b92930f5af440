using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace VanBinnenuit.ServiceDefaults;

public static class Telemetry
{
    /// <summary>Activity sources and meters of the project's own code (outbox relay, inbox, ...).</summary>
    public const string SourceName = "VanBinnenuit";

    /// <summary>
    /// Traces, metrics and logs over OTLP to the dashboard (the database and the broker add their own
    /// sources where a process has them: <c>AddServiceDatabase</c>, <c>AddMessaging</c>). Health probes are left out of traces;
    /// feed secrets and query strings are redacted from every span and exported log line
    /// (<see cref="TelemetryRedaction"/>), so nothing personal or secret from a URL reaches the dashboard.
    /// </summary>
    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            // Scopes would carry ASP.NET Core's RequestPath (a feed's secret) into every line of a request;
            // a line is tied to its request by its trace and span ids instead.
            logging.IncludeScopes = false;
            logging.AddProcessor(new TelemetryRedaction.LogProcessor());
        });
        // One line per proxied or outgoing request, with its full address, is for debugging, not for the
        // dashboard: the address can hold a feed's secret or a search. Spans record each request (redacted).
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SourceName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                    !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddProcessor(new TelemetryRedaction.SpanProcessor()));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
