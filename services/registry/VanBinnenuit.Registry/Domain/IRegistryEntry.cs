namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// Communities, organisations and leaders: never deleted once other records may point at them,
/// only deactivated with a reason (and activated again when that no longer holds).
/// </summary>
public interface IRegistryEntry
{
    Guid Id { get; }
    bool Active { get; set; }
    string? InactiveReason { get; set; }
    uint Version { get; }
}

public static class RegistryEntries
{
    public const int MaxReasonLength = 500;

    public static void Deactivate(this IRegistryEntry entry, string reason)
    {
        entry.Active = false;
        entry.InactiveReason = reason;
    }

    public static void Activate(this IRegistryEntry entry)
    {
        entry.Active = true;
        entry.InactiveReason = null;
    }
}
