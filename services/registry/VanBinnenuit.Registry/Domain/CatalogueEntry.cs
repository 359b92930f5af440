namespace VanBinnenuit.Registry.Domain;

/// <summary>
/// An entry of a reference catalogue (topics leaders are trained on, approach routes to a
/// community). The code is stable and used by every service; the Dutch name may be edited.
/// </summary>
public sealed class CatalogueEntry
{
    public required Catalogue Catalogue { get; init; }
    /// <summary>Lower-case kebab code, e.g. <c>honour-related-violence</c>; never changes once used.</summary>
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public uint Version { get; set; }
}

public enum Catalogue
{
    Topic,
    ApproachRoute,
}
