using VanBinnenuit.Web.Api.Models;

namespace VanBinnenuit.Web.Components.Shared;

/// <summary>Reading a <see cref="CodePicker"/>: each field holds a Dutch name from the list or, for those who know them, the code itself.</summary>
public static class CodeChoices
{
    public static string Name(IReadOnlyList<CodeName> options, string code) =>
        options.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase))?.Name ?? code;

    /// <summary>The codes of what was typed, in order and each once; a Dutch problem at <paramref name="field"/> for anything not in the list.</summary>
    public static IReadOnlyList<string> Read(FormErrors errors, string field, IEnumerable<string?> typed, IReadOnlyList<CodeName> options)
    {
        var codes = new List<string>();
        foreach (var text in typed.Select(FormValues.Text).OfType<string>())
        {
            var match = options.FirstOrDefault(o => string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase))
                ?? options.FirstOrDefault(o => string.Equals(o.Code, text, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                errors.Add(field, $"'{text}' staat niet in de lijst. Kies een van de namen die het veld voorstelt.");
            }
            else if (!codes.Contains(match.Code))
            {
                codes.Add(match.Code);
            }
        }
        return codes;
    }

    /// <summary>The municipalities as choices, the current ones by name; one that has ended stays a choice only while it is <paramref name="kept"/>.</summary>
    public static IReadOnlyList<CodeName> Municipalities(IReadOnlyDictionary<string, Municipality> all, IEnumerable<string>? kept = null)
    {
        var keep = new HashSet<string>(kept ?? [], StringComparer.OrdinalIgnoreCase);
        return [.. all.Values.Where(m => m.ValidTo is null || keep.Contains(m.Code)).OrderBy(m => m.Name, StringComparer.Create(Words.Dutch, true))
            .Select(m => new CodeName(m.Code, m.ValidTo is null ? m.Name : $"{m.Name} (opgeheven)"))];
    }
}
