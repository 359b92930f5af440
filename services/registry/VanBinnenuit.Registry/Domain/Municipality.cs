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
}
