using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace VanBinnenuit.ApiKit.Paging;

public sealed record Link(string Href);

public sealed record PageLinks(Link Self, Link? Next, Link? Prev);

/// <summary>A page of a collection with HAL-style <c>_links</c>, as the Dutch API Design Rules describe.</summary>
public sealed record PagedList<T>(
    IReadOnlyList<T> Items,
    long TotalItems,
    int Page,
    int PageSize,
    [property: JsonPropertyName("_links")] PageLinks Links)
{
    public static PagedList<T> Create(IReadOnlyList<T> items, long totalItems, PageRequest request, HttpRequest http)
    {
        var lastPage = (int)Math.Max(1, (totalItems + request.Size - 1) / request.Size);
        var links = new PageLinks(
            new Link(LinkTo(http, request.PageNumber, request.Size)),
            request.PageNumber < lastPage ? new Link(LinkTo(http, request.PageNumber + 1, request.Size)) : null,
            request.PageNumber > 1 ? new Link(LinkTo(http, Math.Min(request.PageNumber - 1, lastPage), request.Size)) : null);
        return new PagedList<T>(items, totalItems, request.PageNumber, request.Size, links);
    }

    /// <summary>The same page with each item shown another way (for answers that depend on who asks).</summary>
    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], TotalItems, Page, PageSize, Links);

    // Keeps the caller's filters and replaces only page and pageSize. PathBase carries the gateway's
    // prefix (X-Forwarded-Prefix), so the link works for a client that came through the gateway.
    private static string LinkTo(HttpRequest http, int page, int pageSize)
    {
        var query = QueryHelpers.ParseQuery(http.QueryString.Value)
            .Where(kv => !kv.Key.Equals("page", StringComparison.OrdinalIgnoreCase)
                      && !kv.Key.Equals("pageSize", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("pageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString((http.PathBase + http.Path).Value ?? "/", query);
    }
}
