using System.Text.RegularExpressions;
using VanBinnenuit.Web.Api;

namespace VanBinnenuit.Web.Components.Shared;

/// <summary>
/// A form's problems in Dutch, keyed by the API's field names (<c>contact.email</c>), so a problem
/// from the page's own checks and one from the API land next to the same field.
/// </summary>
public sealed partial class FormErrors
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

    /// <summary>The API's problem: its summary, and each field's reason at the field (<c>hopes[1]</c> at <c>hopes</c>).</summary>
    public void Add(ApiProblem problem)
    {
        Summary = problem.Message;
        foreach (var invalid in problem.InvalidParams)
        {
            fields.TryAdd(Index().Replace(invalid.Name, ""), DutchProblems.Reason(invalid));
        }
    }

    /// <summary>The HTML id of a field's input, so the summary can link to it.</summary>
    public static string IdFor(string field) => "veld-" + field.Replace('.', '-');

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
