using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Data;

/// <summary>
/// The period (as instants, <paramref name="Until"/> exclusive, and as the local dates asked for) and,
/// for a municipal officer, the municipality every indicator is computed over. <paramref name="Period"/> names the
/// grid period (<c>2026-K3</c>, <c>programme</c>), or is null for a coordinator's free dates.
/// </summary>
public sealed record IndicatorScope(DateTimeOffset From, DateTimeOffset Until, string? MunicipalityCode, DateOnly FirstDay, DateOnly LastDay, string? Period = null)
{
    public (DateOnly From, DateOnly Until) Dates() => (FirstDay, LastDay);
}

/// <summary>The current report of a held session with what it is counted by (an initialiser, so EF can compose queries on it).</summary>
public sealed class HeldSession
{
    /// <summary>The year and month of the session in Dutch local time (from the date the report keeps).</summary>
    public int LocalYear { get; init; }
    public int LocalMonth { get; init; }
    public int Attendance { get; init; }
    public int Returned { get; init; }
    public long RecordKey { get; init; }
    public string MunicipalityCode { get; init; } = "";
    public Guid CommunityId { get; init; }
    public string Audience { get; init; } = "";
    public List<string> TopicCodes { get; init; } = [];
}

/// <summary>The queries behind the indicators, each scoped to a period and, for officers, a municipality.</summary>
public static class IndicatorQueries
{
    public static IQueryable<SeriesRecord> SeriesIn(this MonitoringDbContext db, IndicatorScope scope) =>
        db.Series.AsNoTracking().Where(s => scope.MunicipalityCode == null || s.MunicipalityCode == scope.MunicipalityCode);

    /// <summary>Held sessions (those with a report) that began in the period.</summary>
    public static IQueryable<HeldSession> HeldSessions(this MonitoringDbContext db, IndicatorScope scope) =>
        from report in db.Reports.AsNoTracking()
        where report.IsCurrent && report.SessionStartsAt >= scope.From && report.SessionStartsAt < scope.Until
        join series in db.SeriesIn(scope) on report.SeriesId equals series.Id
        select new HeldSession
        {
            LocalYear = report.SessionDate.Year,
            LocalMonth = report.SessionDate.Month,
            Attendance = report.Attendance,
            Returned = report.Returned, RecordKey = report.RecordKey, MunicipalityCode = series.MunicipalityCode, CommunityId = series.CommunityId, Audience = series.Audience,
            TopicCodes = series.TopicCodes,
        };

    /// <summary>
    /// Held sessions and people reached per value of <paramref name="by"/> and local month, summed by the
    /// database: a few thousand rows however many reports there are. Themes are unnested, so a
    /// session counts once under each of its themes.
    /// </summary>
    public static async Task<List<MonthCell>> MonthCellsAsync(this MonitoringDbContext db, IndicatorScope scope, Dimension by, CancellationToken cancellationToken)
    {
        var held = db.HeldSessions(scope);
        var keyed = by switch
        {
            Dimension.Theme => held.SelectMany(h => h.TopicCodes.Select(t => new { Key = t, h.LocalYear, h.LocalMonth, h.Attendance, h.Returned, h.RecordKey })),
            Dimension.Community => held.Select(h => new { Key = h.CommunityId.ToString(), h.LocalYear, h.LocalMonth, h.Attendance, h.Returned, h.RecordKey }),
            Dimension.Audience => held.Select(h => new { Key = h.Audience, h.LocalYear, h.LocalMonth, h.Attendance, h.Returned, h.RecordKey }),
            // Provinces are folded from municipalities afterwards, with the registry's read model.
            _ => held.Select(h => new { Key = h.MunicipalityCode, h.LocalYear, h.LocalMonth, h.Attendance, h.Returned, h.RecordKey }),
        };
        var sums = await keyed.GroupBy(h => new { h.Key, h.LocalYear, h.LocalMonth })
            .Select(g => new { g.Key.Key, g.Key.LocalYear, g.Key.LocalMonth, Sessions = g.Count(), People = g.Sum(h => (long)(h.Attendance - h.Returned)), Keys = g.Sum(h => h.RecordKey) })
            .ToListAsync(cancellationToken);
        return [.. sums.Select(c => new MonthCell(c.Key, c.LocalYear, c.LocalMonth, c.Sessions, new CellSum(c.People, c.Keys)))];
    }

    /// <summary>Whether the period is whole calendar months, which the monthly rollup answers exactly.</summary>
    public static bool WholeMonths(this IndicatorScope scope) => scope.FirstDay.Day == 1 && scope.LastDay.AddDays(1).Day == 1;

    /// <summary>
    /// The same cells and month totals as <see cref="MonthCellsAsync"/> and <see cref="MonthTotalsAsync"/>,
    /// read from the trigger-kept rollup (<see cref="ReachByMonth"/>): for whole months over all municipalities.
    /// </summary>
    public static async Task<(List<MonthCell> Cells, List<MonthCell> Totals)> RolledUpAsync(
        this MonitoringDbContext db, IndicatorScope scope, Dimension by, CancellationToken cancellationToken)
    {
        var dimension = by == Dimension.Province ? "municipality" : Vocabulary.EnumWords.Kebab(by);
        var rows = await db.Reach.AsNoTracking()
            .Where(r => (r.Dimension == dimension || r.Dimension == "total") && r.Month >= scope.FirstDay && r.Month <= scope.LastDay && r.Sessions != 0)
            .ToListAsync(cancellationToken);
        List<MonthCell> Of(Func<ReachByMonth, bool> which) => [.. rows.Where(which).Select(r => new MonthCell(r.Key, r.Month.Year, r.Month.Month, r.Sessions, new CellSum(r.People, r.RecordKeys)))];
        return (Of(r => r.Dimension == dimension), Of(r => r.Dimension == "total"));
    }

    /// <summary>Per local month over all held sessions, each once.</summary>
    public static async Task<List<MonthCell>> MonthTotalsAsync(this MonitoringDbContext db, IndicatorScope scope, CancellationToken cancellationToken)
    {
        var sums = await db.HeldSessions(scope).GroupBy(h => new { h.LocalYear, h.LocalMonth })
            .Select(g => new { g.Key.LocalYear, g.Key.LocalMonth, Sessions = g.Count(), People = g.Sum(h => (long)(h.Attendance - h.Returned)), Keys = g.Sum(h => h.RecordKey) })
            .ToListAsync(cancellationToken);
        return [.. sums.Select(c => new MonthCell("", c.LocalYear, c.LocalMonth, c.Sessions, new CellSum(c.People, c.Keys)))];
    }

    /// <summary>The answer histograms of series whose first session began in the period.</summary>
    public static IQueryable<AttitudeHistogram> AttitudesIn(this MonitoringDbContext db, IndicatorScope scope) =>
        from histogram in db.Attitudes.AsNoTracking()
        join series in db.SeriesIn(scope) on histogram.SeriesId equals series.Id
        where series.Sessions.Any(x => x.Number == 1 && x.StartsAt >= scope.From && x.StartsAt < scope.Until)
        select histogram;
}
