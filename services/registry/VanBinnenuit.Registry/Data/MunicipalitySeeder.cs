using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Registry.Domain;

namespace VanBinnenuit.Registry.Data;

/// <summary>
/// Loads the CBS municipal division (reference date 1 January 2025, unchanged for 2026) and
/// announces each new municipality through the outbox. Idempotent: a known code is left alone.
/// </summary>
internal sealed class MunicipalitySeeder(ILogger<MunicipalitySeeder> logger) : IDatabaseSeeder<RegistryDbContext>
{
    private const string ResourceName = "municipalities-2025.csv";

    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.Municipalities.Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var row in ReadReferenceData().Where(r => !known.Contains(r.Code)))
        {
            db.Municipalities.Add(Municipality.Add(row.Code, row.Name, row.ProvinceCode, row.ProvinceName));
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Municipality reference data loaded: {Added} added, {Known} already known", added, known.Count);
    }

    internal static IReadOnlyList<ReferenceRow> ReadReferenceData()
    {
        using var stream = typeof(MunicipalitySeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded reference data {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<ReferenceRow>().ToList();
    }

    internal sealed class ReferenceRow
    {
        [CsvHelper.Configuration.Attributes.Name("code")] public required string Code { get; init; }
        [CsvHelper.Configuration.Attributes.Name("name")] public required string Name { get; init; }
        [CsvHelper.Configuration.Attributes.Name("province_code")] public required string ProvinceCode { get; init; }
        [CsvHelper.Configuration.Attributes.Name("province_name")] public required string ProvinceName { get; init; }
    }
}
