using Microsoft.EntityFrameworkCore;
using VanBinnenuit.ApiKit;
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

    /// <summary>The series whose community's or municipality's name (or, <paramref name="byLeader"/>, leader's) contains <paramref name="text"/>.</summary>
    public static IQueryable<MeetingSeries> Matching(this IQueryable<MeetingSeries> series, SchedulingDbContext db, string text, bool byLeader)
    {
        var pattern = TextSearch.Contains(text);
        return series.Where(s =>
            db.Set<CommunityReference>().Any(c => c.Id == s.CommunityId && EF.Functions.ILike(c.Name, pattern, TextSearch.Escape))
            || db.Set<MunicipalityReference>().Any(m => m.Code == s.MunicipalityCode && EF.Functions.ILike(m.Name, pattern, TextSearch.Escape))
            || (byLeader && db.LeaderProfiles.Any(l => l.Id == s.LeaderId && EF.Functions.ILike(l.DisplayName, pattern, TextSearch.Escape))));
    }

    public static IQueryable<MeetingSeries> InMunicipality(this IQueryable<MeetingSeries> series, string municipality)
    {
        var code = municipality.Trim().ToUpperInvariant();
        return series.Where(s => s.MunicipalityCode == code);
    }
}
