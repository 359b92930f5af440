using VanBinnenuit.ApiKit;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Apis;

/// <summary>The list filters the registry's resources share, checked the same way everywhere.</summary>
public sealed record RegistryFilter(string? Name, string? Province, string? Municipality, string? Language, string? Topic, Guid? Community, bool? Active)
{
    public ParsedFilter Parse(Validation validation)
    {
        var name = validation.Text("name", Name, TextSearch.MaxLength, required: false);
        return new ParsedFilter(
            name is null ? null : TextSearch.Contains(name),
            Province is null ? null : Codes.Province(validation, "province", Province),
            Municipality is null ? null : Codes.Municipality(validation, "municipality", Municipality),
            Language is null ? null : Codes.Language(validation, "language", Language, IsoCodeTables.Standard),
            Topic is null ? null : Codes.CatalogueCode(validation, "topic", Topic),
            Community,
            Active);
    }
}

/// <param name="NamePattern">An ILIKE "contains" pattern, escaped.</param>
public sealed record ParsedFilter(string? NamePattern, string? Province, string? Municipality, string? Language, string? Topic, Guid? Community, bool? Active);
