using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace VanBinnenuit.Monitoring.Apis;

/// <summary>
/// CSV as RFC 4180 has it (comma, CRLF, quotes where needed), UTF-8 with a byte-order mark so Excel
/// reads the accents right. A figure of fewer people than the threshold is written <c>&lt;5</c>; the
/// header of every column about people says, in Dutch, that its figures are slightly adjusted.
/// </summary>
public static class CsvExport
{
    public const string Suppressed = "x";

    /// <summary>What the header of a column about people says of its figures, in parentheses after its name.</summary>
    public static string Adjusted(int fewerThan) =>
        $"licht aangepast zodat niemand herkenbaar is; totalen kunnen iets afwijken van de som van de delen; <{fewerThan} = minder dan {fewerThan}";

    /// <summary>A count about people: the figure, or <c>&lt;5</c> for fewer than the threshold.</summary>
    public static string People(long? value, int fewerThan) => value?.ToString(CultureInfo.InvariantCulture) ?? $"<{fewerThan}";

    public static IResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", Delimiter = "," }))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    csv.WriteField(Neutralised(field));
                }
                csv.NextRecord();
            }
        }
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }

    /// <summary>
    /// OWASP's rule against CSV injection: a cell a spreadsheet would read as a formula (it starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading apostrophe, so a
    /// community named <c>=HYPERLINK(…)</c> stays text. A plain number such as <c>-0.4</c> (a shift) is left
    /// as it is: a spreadsheet reads it as that number, never as a formula.
    /// </summary>
    public static string Neutralised(string field) =>
        field.Length > 0 && FormulaStarts.Contains(field[0]) && !PlainNumber.IsMatch(field) ? "'" + field : field;

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly System.Text.RegularExpressions.Regex PlainNumber = new(@"^-?[0-9]+(\.[0-9]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A mean, share or rate: the figure, or <c>x</c> where there are too few people to show one.</summary>
    public static string Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Suppressed;
}
