namespace VanBinnenuit.Persistence.Inbox;

/// <summary>Marks that a consumer has had the effect of a message, written in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
