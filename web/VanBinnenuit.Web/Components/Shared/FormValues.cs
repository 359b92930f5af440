using System.Globalization;

namespace VanBinnenuit.Web.Components.Shared;

/// <summary>Reading what a form posted: the person's own input back, dates as the date input sends them, lists of codes.</summary>
public static class FormValues
{
    /// <summary>The posted value of a field, or null on a first visit (a GET) or when the field was not sent; so a form shown again keeps its input.</summary>
    public static string? Posted(this HttpContext http, string name) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType && http.Request.Form.TryGetValue(name, out var value)
            ? value.ToString()
            : null;

    /// <summary>
    /// Every posted value of a field (ticked checkboxes, a list of fields), or null on a first visit; an empty list
    /// when nothing was ticked, so a form shown again keeps an unticked list unticked.
    /// </summary>
    public static IReadOnlyList<string>? PostedValues(this HttpContext http, string name) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType
            ? [.. http.Request.Form[name].OfType<string>()]
            : null;

    /// <summary>The ids among posted values; a value that is no id (a tampered form) is left out, as it matches no choice.</summary>
    public static IReadOnlyList<Guid> Ids(IEnumerable<string?> values) =>
        [.. values.Select(v => Guid.TryParse(v, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct()];

    /// <summary>Trimmed text, or null when nothing was typed: what the APIs expect of an optional field.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Dates as Dutch people type them, day first (15-03-2027, 15-3-2027, 15/03/2027, 15.03.2027), and as
    /// ISO (2027-03-15: a bookmark, a script, or a browser's own date input).
    /// </summary>
    private static readonly string[] DateFormats = ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim() ?? "", DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A stored date as the Dutch date fields show it: 15-03-2027.</summary>
    public static string? DateText(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A typed date (<see cref="TryParseDate"/>); null when empty, and a Dutch problem at the field when it is no date.</summary>
    public static DateOnly? Date(FormErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (TryParseDate(value, out var date))
        {
            return date;
        }
        errors.Add(field, "Vul een datum in als dag-maand-jaar, zoals 15-03-2027.");
        return null;
    }

    /// <summary>Codes typed as a list (<c>ar, ti</c>): trimmed, without empty entries; lower case (language and topic codes), or upper case with <paramref name="upperCase"/> (country and municipality codes).</summary>
    public static IReadOnlyList<string> Codes(string? text, bool upperCase = false) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => upperCase ? code.ToUpperInvariant() : code.ToLowerInvariant())];
}
