namespace VanBinnenuit.Contracts;

/// <summary>
/// Base of every integration event. Consumers match events by full type name, so events live
/// only here and are never copied into a consuming service.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; also the message id the inbox deduplicates on.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    /// <summary>When the change that caused the event was committed (UTC).</summary>
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
