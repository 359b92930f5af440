using System.Globalization;
using VanBinnenuit.Web.Components.Shared;

namespace VanBinnenuit.Web.Components.Pages.Results;

/// <summary>The period and municipality a results page shows, from its address, as the monitoring API's query.</summary>
public sealed record IndicatorFilter(string? From, string? Until, string? Municipality)
{
    /// <summary>The API's query (<c>from=…&amp;until=…&amp;municipality=…</c>); dates that do not parse are reported in <paramref name="errors"/>.</summary>
    public string Query(FormErrors errors)
    {
        var parts = new List<string>();
        Add(parts, "from", From, errors);
        Add(parts, "until", Until, errors);
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            parts.Add($"municipality={Uri.EscapeDataString(Municipality)}");
        }
        return string.Join('&', parts);
    }

    /// <summary>The same filter as this page's own query, for links (paging, exports).</summary>
    public string PageQuery() => string.Join('&', new[] { ("van", From), ("tot", Until), ("gemeente", Municipality) }
        .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private static void Add(List<string> parts, string name, string? value, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        if (FormValues.Date(errors, name, value) is { } date)
        {
            parts.Add($"{name}={date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
    }
}
