namespace VanBinnenuit.Registry.Data;

/// <summary>ILIKE patterns (escape character <c>\</c>) in which the user's own % and _ are taken literally.</summary>
internal static class NameSearch
{
    public const int MaxLength = 100;

    public static string Contains(string text) => $"%{Exact(text)}%";

    /// <summary>The same name, ignoring case: for "is this name taken?".</summary>
    public static string Exact(string text) =>
        text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
