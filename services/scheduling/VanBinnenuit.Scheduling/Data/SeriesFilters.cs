using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Data;

/// <summary>Where-clauses the planning list and the calendar share, so both read "in Noord-Holland" alike.</summary>
public static class SeriesFilters
{
    /// <summary>The series in a municipality of the province (CBS code, any letter case), by the registry's read model.</summary>
    public static IQueryable<MeetingSeries> InProvince(this IQueryable<MeetingSeries> series, SchedulingDbContext db, string province)
    {
        var code = province.Trim().ToUpperInvariant();
        return series.Where(s => db.Set<MunicipalityReference>().Any(m => m.Code == s.MunicipalityCode && m.ProvinceCode == code));
    }

    public static IQueryable<MeetingSeries> InMunicipality(this IQueryable<MeetingSeries> series, string municipality)
    {
        var code = municipality.Trim().ToUpperInvariant();
        return series.Where(s => s.MunicipalityCode == code);
    }
}
