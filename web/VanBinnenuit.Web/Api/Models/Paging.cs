using System.Text.Json.Serialization;

namespace VanBinnenuit.Web.Api.Models;

public sealed record Link(string Href);

public sealed record PageLinks(Link Self, Link? Next, Link? Prev);

/// <summary>A page of a collection as every service returns it.</summary>
public sealed record Page<T>(
    IReadOnlyList<T> Items, long TotalItems, [property: JsonPropertyName("page")] int Number, int PageSize,
    [property: JsonPropertyName("_links")] PageLinks? Links)
{
    public int PageCount => PageSize == 0 ? 1 : (int)Math.Max(1, (TotalItems + PageSize - 1) / PageSize);
}
