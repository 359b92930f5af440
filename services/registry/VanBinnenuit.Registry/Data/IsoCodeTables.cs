using System.Globalization;
using CsvHelper;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

/// <summary>
/// Reads Debian's iso-codes tables embedded in the service (ISO 639-3 with the 639-1 codes beside
/// them, ISO 3166-1 alpha-2) into the domain's <see cref="IsoCodes"/>, once: the tables never change
/// while the service runs.
/// </summary>
public static class IsoCodeTables
{
    public static IsoCodes Standard { get; } = new(
        Load("iso-639-3.csv", row => new IsoLanguage(row[0], row[1].Length == 2 ? row[1] : null, row[2])),
        Load("iso-3166-1.csv", row => new IsoCountry(row[0], row[1])));

    private static List<T> Load<T>(string resource, Func<string[], T> select)
    {
        using var stream = typeof(IsoCodeTables).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded table {resource} is missing.");
        using var reader = new CsvReader(new StreamReader(stream), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(select(reader.Parser.Record!));
        }
        return rows;
    }
}
