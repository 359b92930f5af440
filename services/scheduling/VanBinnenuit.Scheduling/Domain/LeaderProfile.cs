using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Scheduling.Domain;

/// <summary>
/// Scheduling's copy of a conversation leader, built from the registry's events only (never a call
/// to the registry): everything matching needs, and no contact details.
/// </summary>
public sealed class LeaderProfile : IReference
{
    public required Guid Id { get; init; }
    public required string DisplayName { get; set; }
    public bool Active { get; set; }
    public required LeaderSnapshot Profile { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
