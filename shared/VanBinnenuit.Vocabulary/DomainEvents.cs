namespace VanBinnenuit.Vocabulary;

/// <summary>
/// Something that happened in a service's domain, recorded by the entity it happened to as its state
/// changed (a request submitted, a session reported). It names the domain's own types; what other
/// services hear of it is the service's mapping to integration events, written to the outbox when saved.
/// </summary>
public interface IDomainEvent;

/// <summary>An entity that records its domain events until they are saved with it.</summary>
public interface IRecordsEvents
{
    /// <summary>The events recorded since the last save, handed over once.</summary>
    IReadOnlyList<IDomainEvent> TakeEvents();
}

/// <summary>The events an entity has recorded and not yet handed over; a field, so no database maps it.</summary>
public sealed class RecordedEvents
{
    private readonly List<IDomainEvent> events = [];

    public void Add(IDomainEvent domainEvent) => events.Add(domainEvent);

    public IReadOnlyList<IDomainEvent> Take()
    {
        var taken = events.ToList();
        events.Clear();
        return taken;
    }
}
