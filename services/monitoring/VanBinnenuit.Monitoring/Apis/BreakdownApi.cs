using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Monitoring.Apis;

public sealed record BreakdownResponse(
    Dimension By, Granularity Per, string? Period, DateOnly From, DateOnly Until, string? MunicipalityCode, IReadOnlyList<string> Periods, IReadOnlyList<BreakdownRow> Rows,
    IReadOnlyList<int> SessionsHeldTotals, int SessionsHeldTotal, IReadOnlyList<long?> PeopleReachedTotals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? PeopleReachedTotal, bool Suppressed, int FewerThan) : IExample<BreakdownResponse>
{
    public static BreakdownResponse Example => new(Dimension.Province, Granularity.Quarter, "2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null,
        ["2026-K1", "2026-K2", "2026-K3", "2026-K4"],
        [new BreakdownRow("PV27", "Noord-Holland", [9, 14, 12, 17], 52, [61, 88, 70, 95], 314), new BreakdownRow("PV22", "Drenthe", [0, 3, 0, 3], 6, [0, null, 0, null], 28)],
        [9, 17, 12, 20], 58, [61, 112, 70, 119], 342, false, 10);
}

/// <summary>Held sessions and people reached per province, municipality, community, theme or audience, per month, quarter or year; as JSON or CSV.</summary>
public static class BreakdownApi
{
    public static IEndpointRouteBuilder MapBreakdownApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/indicators").WithTags("Indicators").RequireAuthorization(Policies.ReadIndicators).LogsExactFigureReads();
        api.MapGet("/breakdown", GetBreakdown).WithName("GetBreakdown");
        api.MapGet("/breakdown.csv", ExportBreakdown).WithName("ExportBreakdown");
        return app;
    }

    /// <summary>Break down sessions held and people reached</summary>
    /// <remarks>
    /// Per province, municipality, community, theme or audience (<c>by</c>), per month, quarter or year (<c>per</c>). Figures about fewer people than the protection threshold (<c>fewerThan</c>) are <c>null</c>, and a complementary figure is hidden with them, so no hidden group can be recovered by subtraction. A municipal officer sees their own municipality only.
    /// </remarks>
    public static async Task<Results<Ok<BreakdownResponse>, ProblemHttpResult>> GetBreakdown(
        [AsParameters] BreakdownQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken)
    {
        var (breakdown, problem) = await ComputeAsync(query, db, caller, target.Value, rules.Value, cancellationToken);
        return breakdown is null ? problem! : TypedResults.Ok(breakdown);
    }

    /// <summary>Export the breakdown as CSV</summary>
    /// <remarks>
    /// Columns (Dutch, as the alliance's reports use them) <c>Indeling</c>, <c>Code</c>, <c>Naam</c>, <c>Periode</c>, <c>Bijeenkomsten gehouden</c>, <c>Bereikte personen</c>; a row per value and period, then its <c>Totaal</c>. Always protected.
    /// </remarks>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportBreakdown(
        [AsParameters] BreakdownQuery query, MonitoringDbContext db, Caller caller, IOptions<ProgrammeTarget> target, IOptions<SuppressionRules> rules,
        CancellationToken cancellationToken)
    {
        var (b, problem) = await ComputeAsync(query, db, caller, target.Value, rules.Value, cancellationToken, exactAllowed: false);
        if (b is null)
        {
            return problem!;
        }
        var by = EnumWords.Kebab(b.By);
        var rows = b.Rows.SelectMany(row => b.Periods.Select((period, c) => (IReadOnlyList<string>)
                [by, row.Key, row.Name, period, row.SessionsHeld[c].ToString(System.Globalization.CultureInfo.InvariantCulture), CsvExport.People(row.PeopleReached[c], b.FewerThan)])
            .Append([by, row.Key, row.Name, "Totaal", row.SessionsHeldTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvExport.People(row.PeopleReachedTotal, b.FewerThan)]))
            .Concat(b.Periods.Select((period, c) => (IReadOnlyList<string>)
                [by, "", "Totaal", period, b.SessionsHeldTotals[c].ToString(System.Globalization.CultureInfo.InvariantCulture), CsvExport.People(b.PeopleReachedTotals.Count > c ? b.PeopleReachedTotals[c] : 0, b.FewerThan)]))
            .Append([by, "", "Totaal", "Totaal", b.SessionsHeldTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvExport.People(b.PeopleReachedTotal, b.FewerThan)]);
        return (FileContentHttpResult)CsvExport.File($"bereik-{by}-{EnumWords.Kebab(b.Per)}.csv",
            ["Indeling", "Code", "Naam", "Periode", "Bijeenkomsten gehouden", $"Bereikte personen ({CsvExport.Adjusted(b.FewerThan)})"], rows);
    }

    private static async Task<(BreakdownResponse? Breakdown, ProblemHttpResult? Problem)> ComputeAsync(
        BreakdownQuery query, MonitoringDbContext db, Caller caller, ProgrammeTarget target, SuppressionRules rules, CancellationToken cancellationToken,
        bool exactAllowed = true)
    {
        var validation = new Validation();
        var by = Dimension.Municipality;
        var per = Granularity.Year;
        if (query.By is not null && !EnumWords.TryParse(query.By, out by))
        {
            validation.Add("by", "Must be one of: province, municipality, community, theme, audience.");
        }
        if (query.Per is not null && !EnumWords.TryParse(query.Per, out per))
        {
            validation.Add("per", "Must be one of: month, quarter, year.");
        }
        var (scope, protection, problem) = new IndicatorQuery(query.Period, query.From, query.Until, query.Municipality, query.Unsuppressed)
            .Resolve(caller, target, rules, exactAllowed);
        if (problem is not null || !validation.IsValid)
        {
            return (null, problem ?? ApiProblems.Validation(validation.Invalid));
        }
        var municipalities = await db.Set<MunicipalityReference>().AsNoTracking()
            .ToDictionaryAsync(m => m.Code, m => (m.Name, m.ProvinceCode, m.ProvinceName), cancellationToken);
        var communities = await db.Set<CommunityReference>().AsNoTracking().ToDictionaryAsync(c => c.Id.ToString(), c => c.Name, cancellationToken);
        var provinces = municipalities.Values.DistinctBy(m => m.ProvinceCode).ToDictionary(m => m.ProvinceCode, m => m.ProvinceName);
        // Whole months over the whole country come from the rollup; a municipality's, or a coordinator's free dates, from the reports.
        var period = scope!;
        var (cells, totals) = period.WholeMonths() && period.MunicipalityCode is null
            ? await db.RolledUpAsync(period, by, cancellationToken)
            : (await db.MonthCellsAsync(period, by, cancellationToken), await db.MonthTotalsAsync(period, cancellationToken));
        if (by == Dimension.Province)
        {
            cells = [.. cells.Select(c => c with { Key = municipalities.TryGetValue(c.Key, out var m) ? m.ProvinceCode : "?" })];
        }
        string Name(string key) => by switch
        {
            Dimension.Province => provinces.GetValueOrDefault(key, key),
            Dimension.Municipality => municipalities.TryGetValue(key, out var m) ? m.Name : key,
            Dimension.Community => communities.GetValueOrDefault(key, key),
            _ => key,
        };
        var table = Breakdown.Build(cells, totals, per, Name, protection);
        var (from, until) = scope!.Dates();
        return (new BreakdownResponse(by, per, scope.Period, from, until, scope.MunicipalityCode, table.Periods, table.Rows, table.SessionsHeldTotals,
            table.SessionsHeldTotal, table.PeopleReachedTotals, table.PeopleReachedTotal, !protection.IsExact, protection.FewerThan), null);
    }
}

public sealed record BreakdownQuery(string? By, string? Per, string? Period, DateOnly? From, DateOnly? Until, string? Municipality, bool? Unsuppressed);
