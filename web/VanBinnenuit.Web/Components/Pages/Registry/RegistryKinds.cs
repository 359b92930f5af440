using System.Text.Json;

namespace VanBinnenuit.Web.Components.Pages.Registry;

/// <summary>The registry's four lists as the coordinator's register page shows them: the API path, the name filter and the columns.</summary>
public sealed record RegistryKind(string Slug, string Title, string ApiPath, IReadOnlyList<(string Header, Func<JsonElement, string> Cell)> Columns)
{
    /// <summary>Communities, organisations and leaders can be taken out of use; municipalities end by a CBS change instead.</summary>
    public bool CanDeactivate => Slug != "gemeenten";

    /// <summary>A municipality has a page of its own (contact persons, validity); the other lists are complete as they are.</summary>
    public string? DetailPath(JsonElement item) => Slug == "gemeenten" ? $"/register/gemeenten/{Text(item, "code")}" : null;

    public static readonly IReadOnlyList<RegistryKind> All =
    [
        new("gemeenschappen", "Gemeenschappen", "api/registry/v1/communities",
        [
            ("Naam", e => Text(e, "name")), ("Talen", e => List(e, "languages")), ("Landen van herkomst", e => List(e, "originCountries")),
            ("Aantal gemeenten", e => e.TryGetProperty("presence", out var p) ? p.GetArrayLength().ToString(Words.Dutch) : "0"), ("Actief", Active),
        ]),
        new("organisaties", "Organisaties", "api/registry/v1/organisations",
        [
            ("Naam", e => Text(e, "name")), ("Soort", e => Text(e, "kind")), ("Gemeenten", e => List(e, "municipalityCodes")), ("Actief", Active),
        ]),
        new("gespreksleiders", "Gespreksleiders", "api/registry/v1/leaders",
        [
            ("Naam", e => Text(e, "displayName")),
            ("Talen", e => e.TryGetProperty("languages", out var l) ? string.Join(", ", l.EnumerateArray().Select(x => Text(x, "code"))) : ""),
            ("Thema's", e => List(e, "topicCodes")), ("Woonplaats", e => Text(e, "homeMunicipalityCode")), ("Actief", Active),
        ]),
        new("gemeenten", "Gemeenten", "api/registry/v1/municipalities",
        [
            ("Naam", e => Text(e, "name")), ("Code", e => Text(e, "code")), ("Provincie", e => Text(e, "provinceName")),
            ("Opgeheven", e => Text(e, "validTo") is { Length: > 0 } end ? end : "—"),
        ]),
    ];

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? string.Join(", ", value.EnumerateArray().Select(v => v.ToString())) : "";

    private static string Active(JsonElement e) =>
        !e.TryGetProperty("active", out var value) || value.ValueKind != JsonValueKind.False ? "ja" : "nee";
}
