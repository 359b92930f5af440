using VanBinnenuit.Contracts;

namespace VanBinnenuit.Messaging.Tests.Fixtures;

/// <summary>A test event: a note was written. <c>poison</c> as text makes its consumer fail every time.</summary>
public sealed record NoteWritten : IntegrationEvent
{
    public required Guid NoteId { get; init; }
    public required string Text { get; init; }
}
