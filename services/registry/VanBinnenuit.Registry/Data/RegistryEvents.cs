using VanBinnenuit.Contracts;
using VanBinnenuit.Contracts.Registry;
using VanBinnenuit.Persistence.Outbox;
using VanBinnenuit.Registry.Domain;
using VanBinnenuit.Vocabulary;
using static VanBinnenuit.Registry.Domain.RegistryEntryEvents;

namespace VanBinnenuit.Registry.Data;

/// <summary>
/// What other services hear of the registry: its domain events as integration events, each carrying the
/// entry as saved, as a snapshot of what consumers need and no personal contact data.
/// </summary>
public sealed class RegistryEvents : IIntegrationEvents
{
    public IEnumerable<IntegrationEvent> From(IDomainEvent domainEvent) => domainEvent switch
    {
        Registered(Community c) => [new CommunityRegistered { Community = Snapshot(c) }],
        Registered(Organisation o) => [new OrganisationRegistered { Organisation = Snapshot(o) }],
        Registered(ConversationLeader l) => [new LeaderRegistered { Leader = Snapshot(l) }],
        // A deactivated leader is told as such (scheduling stops proposing them); the others as changed.
        Deactivated(ConversationLeader l) => [new LeaderDeactivated { Leader = Snapshot(l) }],
        Changed(var entry) => [ChangedEvent(entry)],
        Activated(var entry) => [ChangedEvent(entry)],
        Deactivated(var entry) => [ChangedEvent(entry)],
        MunicipalityAdded(var m) => [Registered(m)],
        MunicipalityAnnounced(var m) => [Registered(m)],
        MunicipalityValidityChanged(var m) =>
        [
            new MunicipalityChanged
            {
                Code = m.Code,
                Name = m.Name,
                ProvinceCode = m.ProvinceCode,
                ProvinceName = m.ProvinceName,
                ValidFrom = m.ValidFrom,
                ValidTo = m.ValidTo,
                SuccessorCodes = [.. m.SuccessorCodes],
            },
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(domainEvent), domainEvent.GetType().Name, "A registry event with no mapping."),
    };

    /// <summary>A municipality as it is announced, when it comes in and when the registry announces it again.</summary>
    private static MunicipalityRegistered Registered(Municipality municipality) => new()
    {
        Code = municipality.Code,
        Name = municipality.Name,
        ProvinceCode = municipality.ProvinceCode,
        ProvinceName = municipality.ProvinceName,
    };

    private static IntegrationEvent ChangedEvent(RegistryEntry entry) => entry switch
    {
        Community c => new CommunityChanged { Community = Snapshot(c) },
        Organisation o => new OrganisationChanged { Organisation = Snapshot(o) },
        ConversationLeader l => new LeaderChanged { Leader = Snapshot(l) },
        _ => throw new ArgumentOutOfRangeException(nameof(entry), entry.GetType().Name, "A registry entry with no event."),
    };

    private static CommunitySnapshot Snapshot(Community community) => new()
    {
        Id = community.Id,
        Name = community.Name,
        OriginCountries = [.. community.OriginCountries],
        Languages = [.. community.Languages],
        ApproachRoutes = [.. community.ApproachRoutes],
        MunicipalityCodes = [.. community.PresentIn],
        Active = community.Active,
    };

    private static OrganisationSnapshot Snapshot(Organisation organisation) => new()
    {
        Id = organisation.Id,
        Name = organisation.Name,
        Kind = Codes.Kebab(organisation.Kind),
        CommunityIds = [.. organisation.CommunityIds],
        MunicipalityCodes = [.. organisation.MunicipalityCodes],
        Active = organisation.Active,
    };

    private static LeaderSnapshot Snapshot(ConversationLeader leader) => new()
    {
        Id = leader.Id,
        DisplayName = leader.DisplayName,
        Languages = [.. leader.Languages.Select(l => new LeaderLanguageSnapshot(l.Code, Codes.Kebab(l.Proficiency)))],
        CommunityIds = [.. leader.CommunityIds],
        TopicCodes = [.. leader.TopicCodes],
        Gender = leader.Gender,
        HomeMunicipalityCode = leader.HomeMunicipalityCode,
        TravelMunicipalityCodes = [.. leader.TravelMunicipalityCodes],
        TravelProvinceCodes = [.. leader.TravelProvinceCodes],
        Availability = [.. leader.Availability.Select(w => new AvailabilityWindowSnapshot(w.Day, w.From, w.To))],
        Absences = [.. leader.Absences.Select(a => new AbsenceSnapshot(a.From, a.To))],
        MaxSessionsPerMonth = leader.MaxSessionsPerMonth,
        Active = leader.Active,
        InactiveReason = leader.InactiveReason,
    };
}
