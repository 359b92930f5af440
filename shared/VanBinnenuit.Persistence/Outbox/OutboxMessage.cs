namespace VanBinnenuit.Persistence.Outbox;

/// <summary>An integration event stored in the same transaction as the change that caused it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    /// <summary>Full CLR name of the event type in VanBinnenuit.Contracts.</summary>
    public required string MessageType { get; init; }
    public required string Body { get; init; }
    /// <summary>W3C trace context of the request that caused the event, so the trace continues in every consumer.</summary>
    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>
    /// When the relay gave up on a row it could not turn back into an event (a renamed type, a broken
    /// body), so the rows after it go on; the row is kept for an operator, never deleted.
    /// </summary>
    public DateTimeOffset? SetAsideAt { get; set; }
    /// <summary>Why, in the exception's words (its type and message; never the body).</summary>
    public string? SetAsideReason { get; set; }
}
