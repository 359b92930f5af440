using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace VanBinnenuit.Monitoring.Apis;

/// <summary>
/// CSV as RFC 4180 has it (comma, CRLF, quotes where needed), UTF-8 with a byte-order mark so Excel
/// reads the accents right. A suppressed figure is written <c>x</c>, as CBS does.
/// </summary>
internal static class CsvExport
{
    public const string Suppressed = "x";

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
                    csv.WriteField(field);
                }
                csv.NextRecord();
            }
        }
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", fileName);
    }

    public static string Figure(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Suppressed;

    public static string Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Suppressed;
}
