using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace VanBinnenuit.Web.Api.Clients;

/// <summary>
/// A list's query string, built the one way every client asks: a parameter goes along only when the page
/// narrowed the list by it, so an empty field never reaches an API as an empty filter, and a value is written
/// in the form the APIs read (dates as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>).
/// </summary>
public sealed class ApiQuery : IEnumerable<KeyValuePair<string, string?>>
{
    private readonly Dictionary<string, string?> parameters = new(StringComparer.Ordinal);

    /// <summary>A page of a list; a page before the first is the first.</summary>
    public static ApiQuery Paged(int page, int pageSize) => new ApiQuery().With("page", Math.Max(1, page)).With("pageSize", pageSize);

    public ApiQuery With(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) parameters[name] = value;
        return this;
    }

    public ApiQuery With(string name, int? value) => With(name, value?.ToString(CultureInfo.InvariantCulture));

    public ApiQuery With(string name, bool? value) => With(name, value switch { true => "true", false => "false", null => null });

    public ApiQuery With(string name, DateOnly? value) => With(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public ApiQuery With(string name, Guid? value) => With(name, value?.ToString());

    /// <summary>The path with this query after it.</summary>
    public string After(string path) => QueryHelpers.AddQueryString(path, parameters);

    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => parameters.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
