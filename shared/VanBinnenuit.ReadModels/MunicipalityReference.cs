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
public sealed class CommunityReference : IReference
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A service's copy of a registry organisation, without its contact persons.</summary>
public sealed class OrganisationReference : IReference
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public List<Guid> CommunityIds { get; set; } = [];
    public List<string> MunicipalityCodes { get; set; } = [];
    public bool Active { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A read-model row; <see cref="UpdatedAt"/> is the time of the event it was last brought up to.</summary>
public interface IReference
{
    DateTimeOffset UpdatedAt { get; set; }
}
