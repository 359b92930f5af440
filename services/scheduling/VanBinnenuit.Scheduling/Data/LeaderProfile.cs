using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>
/// Scheduling's copy of a conversation leader, built from the registry's events only (never a call
/// to the registry): everything matching needs, and no contact details.
/// </summary>
public sealed class LeaderProfile : IReference, IExample<LeaderProfile>
{
    public required Guid Id { get; init; }
    public required string DisplayName { get; set; }
    public bool Active { get; set; }
    public required Leader Profile { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static LeaderProfile Example
    {
        get
        {
            var id = Guid.Parse("0193a1e7-3d4c-7b5a-8f61-9e0d1c2b3a49");
            var profile = new Leader
            {
                Id = id, DisplayName = "Amina Yusuf", Languages = [new("so", "native"), new("nl", "fluent")],
                CommunityIds = [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], TopicCodes = ["parenting", "gender-equality"], Gender = "woman",
                HomeMunicipalityCode = "GM0363", TravelMunicipalityCodes = ["GM0599"], TravelProvinceCodes = ["PV27"],
                Availability = [new(DayOfWeek.Tuesday, new TimeOnly(19, 0), new TimeOnly(21, 30))],
                Absences = [new(new DateOnly(2027, 7, 19), new DateOnly(2027, 8, 13))], MaxSessionsPerMonth = 6, Active = true,
            };
            return new() { Id = id, DisplayName = profile.DisplayName, Active = true, Profile = profile, UpdatedAt = new DateTimeOffset(2026, 11, 30, 14, 5, 12, TimeSpan.Zero) };
        }
    }
}
