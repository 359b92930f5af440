namespace VanBinnenuit.Registry.Domain;

/// <summary>A Dutch municipality (gemeente) as CBS lists it.</summary>
public sealed class Municipality
{
    /// <summary>CBS code, <c>GM</c> and four digits.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>CBS province code, <c>PV20</c> to <c>PV31</c>.</summary>
    public required string ProvinceCode { get; set; }
    public required string ProvinceName { get; set; }
    /// <summary>First day the municipality exists; null for those that predate the registry's reference date.</summary>
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day it exists, when it has been merged or split.</summary>
    public DateOnly? ValidTo { get; set; }
    /// <summary>The municipalities that took over after <see cref="ValidTo"/>, so history can be followed to today.</summary>
    public List<string> SuccessorCodes { get; set; } = [];
    public List<ContactPerson> ContactPersons { get; set; } = [];
    public uint Version { get; set; }
}
