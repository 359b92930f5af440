using System.Diagnostics;
using System.Diagnostics.Metrics;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Messaging;

/// <summary>What an operator reads in the dashboard about the outbox, the inbox and poison messages.</summary>
public static class MessagingMetrics
{
    public static readonly ActivitySource ActivitySource = new(Telemetry.SourceName);
    private static readonly Meter Meter = new(Telemetry.SourceName);

    private static long _backlog;
    private static double _oldestAgeSeconds;

    public static readonly Histogram<double> PublishDuration = Meter.CreateHistogram<double>(
        "vanbinnenuit.outbox.publish.duration", "ms", "Time from handing an outbox event to the broker until it confirmed.");

    public static readonly Counter<long> Published = Meter.CreateCounter<long>(
        "vanbinnenuit.outbox.published", "{event}", "Outbox events published and confirmed by the broker.");

    public static readonly Counter<long> DuplicatesAbsorbed = Meter.CreateCounter<long>(
        "vanbinnenuit.inbox.duplicates", "{message}", "Redelivered or duplicated messages whose effect the inbox kept to once.");

    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>(
        "vanbinnenuit.messaging.dead_lettered", "{message}", "Messages moved to an error queue after their retries ran out.");

    public static readonly Counter<long> SetAside = Meter.CreateCounter<long>(
        "vanbinnenuit.outbox.set_aside", "{event}", "Outbox rows that could not be read back as an event and were set aside (kept) so later events go on.");

    static MessagingMetrics()
    {
        Meter.CreateObservableGauge("vanbinnenuit.outbox.backlog", () => Interlocked.Read(ref _backlog),
            "{event}", "Outbox events not yet published.");
        Meter.CreateObservableGauge("vanbinnenuit.outbox.oldest_age", () => Volatile.Read(ref _oldestAgeSeconds),
            "s", "Age of the oldest outbox event not yet published.");
    }

    internal static void ReportBacklog(long backlog, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        Volatile.Write(ref _oldestAgeSeconds, oldestAge.TotalSeconds);
    }
}
