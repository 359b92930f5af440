using System.Text.Json;
using VanBinnenuit.Web.Api;
using VanBinnenuit.Web.Api.Clients;
using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Pages.Registry;

/// <summary>What a register list needs to show words instead of codes: the registry's Dutch names and the municipalities'.</summary>
public sealed record RegistryWords(CodeNames Codes, IReadOnlyDictionary<string, Municipality> Municipalities)
{
    public string Municipality(string code) => Municipalities.TryGetValue(code, out var m) ? m.Name : code;
}

/// <summary>The registry's four lists as the coordinator's register page shows them: the list, the name filter and the columns.</summary>
public sealed record RegistryKind(string Slug, string Title, RegistryList Source, IReadOnlyList<(string Header, Func<JsonElement, RegistryWords, string> Cell)> Columns)
{
    /// <summary>Communities, organisations and leaders can be taken out of use; municipalities end by a CBS change instead.</summary>
    public bool CanDeactivate => Slug != "gemeenten";

    /// <summary>Municipalities, organisations and leaders have a page of their own, where they are edited; a community's row says it all.</summary>
    public string? DetailPath(JsonElement item) => Slug switch
    {
        "gemeenten" => $"/register/gemeenten/{Text(item, "code")}",
        "organisaties" or "gespreksleiders" => $"/register/{Slug}/{item.GetProperty("id")}",
        _ => null,
    };

    public static readonly IReadOnlyList<RegistryKind> All =
    [
        new("gemeenschappen", "Gemeenschappen", RegistryList.Communities,
        [
            ("Naam", (e, _) => Text(e, "name")), ("Talen", (e, w) => List(e, "languages", w.Codes.Language)),
            ("Landen van herkomst", (e, w) => List(e, "originCountries", w.Codes.Country)),
            ("Aantal gemeenten", (e, _) => e.TryGetProperty("presence", out var p) ? p.GetArrayLength().ToString(Words.Dutch) : "0"), ("Actief", (e, _) => Active(e)),
        ]),
        new("organisaties", "Organisaties", RegistryList.Organisations,
        [
            ("Naam", (e, _) => Text(e, "name")), ("Soort", (e, _) => Words.OrganisationKind(Text(e, "kind"))),
            ("Gemeenten", (e, w) => List(e, "municipalityCodes", w.Municipality)), ("Actief", (e, _) => Active(e)),
        ]),
        new("gespreksleiders", "Gespreksleiders", RegistryList.Leaders,
        [
            ("Naam", (e, _) => Text(e, "displayName")),
            ("Talen", (e, w) => e.TryGetProperty("languages", out var l) ? CodeNames.List(l.EnumerateArray().Select(x => Text(x, "code")), w.Codes.Language) : ""),
            ("Thema's", (e, w) => List(e, "topicCodes", w.Codes.Topic)), ("Woonplaats", (e, w) => w.Municipality(Text(e, "homeMunicipalityCode"))),
            ("Actief", (e, _) => Active(e)),
        ]),
        new("gemeenten", "Gemeenten", RegistryList.Municipalities,
        [
            ("Naam", (e, _) => Text(e, "name")), ("Code", (e, _) => Text(e, "code")), ("Provincie", (e, _) => Text(e, "provinceName")),
            ("Opgeheven", (e, _) => Text(e, "validTo") is { Length: > 0 } end ? end : "—"),
        ]),
    ];

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string List(JsonElement e, string name, Func<string, string> word) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? CodeNames.List(value.EnumerateArray().Select(v => v.ToString()), word) : "";

    private static string Active(JsonElement e) =>
        !e.TryGetProperty("active", out var value) || value.ValueKind != JsonValueKind.False ? "ja" : "nee";
}
