using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Domain;

/// <summary>A Dutch municipality (gemeente) as CBS lists it.</summary>
public sealed class Municipality : IRecordsEvents
{
    private readonly RecordedEvents recorded = new();

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

    /// <summary>A municipality as the CBS reference data lists it, new to the registry.</summary>
    public static Municipality Add(string code, string name, string provinceCode, string provinceName)
    {
        var municipality = new Municipality { Code = code, Name = name, ProvinceCode = provinceCode, ProvinceName = provinceName };
        municipality.recorded.Add(new RegistryEntryEvents.MunicipalityAdded(municipality));
        return municipality;
    }

    /// <summary>When it exists and who took over after; checked against the registry by the caller.</summary>
    public void ChangeValidity(DateOnly? validFrom, DateOnly? validTo, IEnumerable<string> successorCodes)
    {
        ValidFrom = validFrom;
        ValidTo = validTo;
        SuccessorCodes = [.. successorCodes];
        recorded.Add(new RegistryEntryEvents.MunicipalityValidityChanged(this));
    }

    /// <summary>Says it again, unchanged, for a service that missed it (or a new one).</summary>
    public void AnnounceAgain() => recorded.Add(new RegistryEntryEvents.MunicipalityAnnounced(this));

    public IReadOnlyList<IDomainEvent> TakeEvents() => recorded.Take();
}
