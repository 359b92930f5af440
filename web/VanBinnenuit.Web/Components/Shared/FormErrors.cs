using System.Text.RegularExpressions;
using VanBinnenuit.Web.Api;

namespace VanBinnenuit.Web.Components.Shared;

/// <summary>
/// A form's problems in Dutch, keyed by the API's field names (<c>contact.email</c>), so a problem
/// from the page's own checks and one from the API land next to the same field.
/// </summary>
/// <param name="keepIndexes">Keep <c>sessions[1].startsAt</c> as it is, for a form with a field per list entry.</param>
/// <param name="indexedLists">Only these lists have a field per entry (<c>contactPersons[1].email</c>); any other list's problem lands at the list.</param>
public sealed partial class FormErrors(bool keepIndexes = false, params string[] indexedLists)
{
    private readonly Dictionary<string, string> fields = new(StringComparer.OrdinalIgnoreCase);

    public string? Summary { get; private set; }

    public bool Any => Summary is not null || fields.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> Fields => fields;

    public string? this[string field] => fields.GetValueOrDefault(field);

    public void Add(string field, string message)
    {
        fields.TryAdd(field, message);
        Summary ??= "Niet alles is goed ingevuld. Kijk bij de velden wat er moet veranderen.";
    }

    /// <summary>
    /// The API's problem: its summary, and each field's reason at the field (<c>hopes[1]</c> at <c>hopes</c>), the field's name
    /// after <paramref name="prefix"/> where a page holds two forms with the same fields.
    /// </summary>
    public void Add(ApiProblem problem, string prefix = "")
    {
        Summary = problem.Message;
        foreach (var invalid in problem.InvalidParams)
        {
            fields.TryAdd(prefix + FieldOf(invalid.Name), DutchProblems.Reason(invalid));
        }
    }

    private string FieldOf(string name) =>
        keepIndexes || indexedLists.Any(list => name.StartsWith(list + "[", StringComparison.Ordinal)) ? name : Index().Replace(name, "");

    /// <summary>The HTML id of a field's input, so the summary can link to it.</summary>
    public static string IdFor(string field) => "veld-" + NotInId().Replace(field, "-").Trim('-');

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"[.\[\]]+")]
    private static partial Regex NotInId();
}
