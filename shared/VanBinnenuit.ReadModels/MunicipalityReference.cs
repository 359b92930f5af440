using VanBinnenuit.ApiKit.OpenApi;

namespace VanBinnenuit.ReadModels;

/// <summary>A service's own copy of a registry municipality: enough to validate codes, group by province and follow mergers.</summary>
public sealed class MunicipalityReference : IReference
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    public required string ProvinceName { get; set; }
    public DateOnly? ValidTo { get; set; }
    public List<string> SuccessorCodes { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A service's copy of a registry community: its name, where it is present, whether it is active.</summary>
public sealed class CommunityReference : IReference, IExample<CommunityReference>
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static CommunityReference Example => new()
    {
        Id = Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12"), Name = "Eritrese gemeenschap", Languages = ["ti", "ar"],
        MunicipalityCodes = ["GM0363", "GM0599"], Active = true, UpdatedAt = new DateTimeOffset(2026, 11, 30, 14, 5, 12, TimeSpan.Zero),
    };
}

/// <summary>A service's copy of a registry organisation, without its contact persons.</summary>
public sealed class OrganisationReference : IReference, IExample<OrganisationReference>
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public List<Guid> CommunityIds { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static OrganisationReference Example => new()
    {
        Id = Guid.Parse("0193a0d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"), Name = "Stichting Eritrese Vrouwen Noord", Kind = "migrant-self-organisation",
        CommunityIds = [Guid.Parse("0193a0d4-1b2c-7e3f-8a45-6b7c8d9e0f12")], MunicipalityCodes = ["GM0363"], Active = true,
        UpdatedAt = new DateTimeOffset(2026, 11, 28, 10, 12, 40, TimeSpan.Zero),
    };
}

/// <summary>A read-model row; <see cref="UpdatedAt"/> is the time of the event it was last brought up to.</summary>
public interface IReference
{
    DateTimeOffset UpdatedAt { get; set; }
}
