using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record CoverageGap(string MunicipalityCode, string Name, string ProvinceName, IReadOnlyList<string> Communities, int Organisations) : IExample<CoverageGap>
{
    public static CoverageGap Example => new("GM0599", "Rotterdam", "Zuid-Holland", ["Eritrese gemeenschap", "Somalische gemeenschap"], 6);
}

/// <summary>
/// Where to go next: municipalities (existing today) where the registry has communities or
/// organisations but no series has been planned, most communities first.
/// </summary>
public static class CoverageGapsApi
{
    public static IEndpointRouteBuilder MapCoverageGapsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/indicators/coverage-gaps", CoverageGaps).WithTags("Indicators").WithName("GetCoverageGaps").RequireAuthorization(Policies.ReadIndicators);
        app.MapGet("/v1/indicators/coverage-gaps.csv", ExportCoverageGaps).WithTags("Indicators").WithName("ExportCoverageGaps").RequireAuthorization(Policies.ReadIndicators);
        return app;
    }

    /// <summary>Export the coverage gaps as CSV</summary>
    /// <remarks>
    /// Columns <c>Gemeentecode</c>, <c>Gemeente</c>, <c>Provincie</c>, <c>Gemeenschappen</c> (separated by "; "), <c>Organisaties</c>.
    /// </remarks>
    public static async Task<FileContentHttpResult> ExportCoverageGaps(MonitoringDbContext db, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var gaps = (await CoverageGaps(db, caller, clock, cancellationToken)).Value!;
        return (FileContentHttpResult)CsvExport.File("witte-vlekken.csv", ["Gemeentecode", "Gemeente", "Provincie", "Gemeenschappen", "Organisaties"],
            gaps.Select(g => (IReadOnlyList<string>)[g.MunicipalityCode, g.Name, g.ProvinceName, string.Join("; ", g.Communities),
                g.Organisations.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
    }

    /// <summary>List the coverage gaps</summary>
    /// <remarks>
    /// Municipalities (existing today) where the registry has communities or organisations but no series has been planned, most communities first: where the programme could go next. A municipal officer sees their own municipality only.
    /// </remarks>
    public static async Task<Ok<List<CoverageGap>>> CoverageGaps(MonitoringDbContext db, Caller caller, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = caller.MunicipalityScope;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var covered = (await db.Series.AsNoTracking().Where(s => s.Status != "draft" && s.Status != "cancelled")
            .Select(s => s.MunicipalityCode).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var municipalities = (await db.Set<MunicipalityReference>().AsNoTracking()
            .Where(m => (m.ValidTo == null || m.ValidTo >= today) && (scope == null || m.Code == scope))
            .ToListAsync(cancellationToken)).Where(m => !covered.Contains(m.Code)).ToList();
        // Unnested by the database; looked up per municipality here, so the work grows with the rows, not rows × municipalities.
        var communities = (await db.Set<CommunityReference>().AsNoTracking().Where(c => c.Active)
            .SelectMany(c => c.MunicipalityCodes.Select(m => new { Municipality = m, c.Name })).ToListAsync(cancellationToken))
            .ToLookup(c => c.Municipality, c => c.Name);
        var organisations = (await db.Set<OrganisationReference>().AsNoTracking().Where(o => o.Active)
            .SelectMany(o => o.MunicipalityCodes.Select(m => new { Municipality = m, o.Id }))
            // The registry keeps each organisation's municipalities without repeats, so a row is an organisation.
            .GroupBy(o => o.Municipality).Select(g => new { Municipality = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken)).ToDictionary(o => o.Municipality, o => o.Count);
        var gaps = municipalities
            .Select(m => new CoverageGap(m.Code, m.Name, m.ProvinceName, [.. communities[m.Code].Distinct().Order(StringComparer.CurrentCulture)], organisations.GetValueOrDefault(m.Code)))
            .Where(g => g.Communities.Count > 0 || g.Organisations > 0)
            .OrderByDescending(g => g.Communities.Count).ThenByDescending(g => g.Organisations).ThenBy(g => g.Name, StringComparer.CurrentCulture)
            .ToList();
        return TypedResults.Ok(gaps);
    }
}
