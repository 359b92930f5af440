namespace VanBinnenuit.ApiKit;

/// <summary>
/// ILIKE patterns (escape character <see cref="Escape"/>) in which the user's own % and _ are taken
/// literally: one rule for every service's search by name or text.
/// </summary>
public static class TextSearch
{
    public const int MaxLength = 100;
    public const string Escape = "\\";

    public static string Contains(string text) => $"%{Exact(text)}%";

    /// <summary>The same name, ignoring case: for "is this name taken?".</summary>
    public static string Exact(string text) =>
        text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
