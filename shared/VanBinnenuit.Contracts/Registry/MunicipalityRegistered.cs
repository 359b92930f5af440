namespace VanBinnenuit.Contracts.Registry;

/// <summary>A municipality (gemeente) entered the registry.</summary>
public sealed record MunicipalityRegistered : IntegrationEvent
{
    /// <summary>CBS code, e.g. <c>GM0363</c>.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>CBS province code, e.g. <c>PV27</c>.</summary>
    public required string ProvinceCode { get; init; }
    public required string ProvinceName { get; init; }
}
