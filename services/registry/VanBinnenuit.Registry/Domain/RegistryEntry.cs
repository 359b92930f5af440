using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// Communities, organisations and leaders: never deleted once other records may point at them,
/// only deactivated with a reason (and activated again when that no longer holds). Each records
/// what happens to it (<see cref="RegistryEntryEvents"/>) for the other services to hear of.
/// </summary>
public abstract class RegistryEntry : IRecordsEvents
{
    public const int MaxReasonLength = 500;

    private readonly RecordedEvents recorded = new();

    public abstract Guid Id { get; init; }
    public bool Active { get; set; } = true;
    public string? InactiveReason { get; set; }
    /// <summary>PostgreSQL's row version (<c>xmin</c>); the ETag.</summary>
    public uint Version { get; set; }

    public void Deactivate(string reason)
    {
        Active = false;
        InactiveReason = reason;
        Record(new RegistryEntryEvents.Deactivated(this));
    }

    /// <summary>Active again; activating an active entry changes nothing, and says so again all the same.</summary>
    public void Activate()
    {
        Active = true;
        InactiveReason = null;
        Record(new RegistryEntryEvents.Activated(this));
    }

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();

    protected void Record(IDomainEvent domainEvent) => recorded.Add(domainEvent);
}

/// <summary>What happens to the registry's entries; <c>Data/RegistryEvents</c> says what the other services hear of each.</summary>
public static class RegistryEntryEvents
{
    public sealed record Registered(RegistryEntry Entry) : IDomainEvent;

    public sealed record Changed(RegistryEntry Entry) : IDomainEvent;

    public sealed record Deactivated(RegistryEntry Entry) : IDomainEvent;

    public sealed record Activated(RegistryEntry Entry) : IDomainEvent;

    /// <summary>A municipality came in from the CBS reference data.</summary>
    public sealed record MunicipalityAdded(Municipality Municipality) : IDomainEvent;

    /// <summary>A municipality announced again as it stands, on a coordinator's request.</summary>
    public sealed record MunicipalityAnnounced(Municipality Municipality) : IDomainEvent;

    /// <summary>A municipality's validity (its dates and successors) changed.</summary>
    public sealed record MunicipalityValidityChanged(Municipality Municipality) : IDomainEvent;
}
