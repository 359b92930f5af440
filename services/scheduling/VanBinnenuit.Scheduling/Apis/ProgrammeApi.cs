using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Scheduling.Apis;

/// <summary>
/// <c>GET /v1/programme</c>: sessions and series in the programme period, planned, held and cancelled,
/// overall and per province and municipality, against the target. These count meetings, not people.
/// An officer sees their own municipality's figures, a leader their own series'.
/// </summary>
public static class ProgrammeApi
{
    public static IEndpointRouteBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1/programme").WithTags("Programme").RequireAuthorization(Policies.ReadProgrammeData)
            .MapGet("", GetProgramme).WithName("GetProgramme");
        return app;
    }

    /// <summary>Read the programme's progress</summary>
    /// <remarks>
    /// Sessions and series in the programme period, planned, held and cancelled, overall and per province and municipality, against the target. These count meetings, not people. An officer sees their own municipality's figures, a leader their own series'.
    /// </remarks>
    public static async Task<Ok<ProgrammeResponse>> GetProgramme(SchedulingDbContext db, IOptions<ProgrammeTarget> target, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(target.Value.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var until = new DateTimeOffset(target.Value.Until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var sessions = await db.Series.AsNoTracking()
            .SelectMany(s => s.Sessions.Where(x => x.StartsAt >= from && x.StartsAt < until).Select(x => new { s.MunicipalityCode, x.Status }))
            .GroupBy(x => new { x.MunicipalityCode, x.Status })
            .Select(g => new { g.Key.MunicipalityCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var series = await db.Series.AsNoTracking()
            .Where(s => s.Status == SeriesStatus.Draft || s.Sessions.Any(x => x.StartsAt >= from && x.StartsAt < until))
            .GroupBy(s => new { s.MunicipalityCode, s.Status })
            .Select(g => new { g.Key.MunicipalityCode, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var municipalities = await db.Set<MunicipalityReference>().AsNoTracking().ToDictionaryAsync(m => m.Code, cancellationToken);

        Counts CountsOf(Func<string, bool> where) => new(
            sessions.Where(x => where(x.MunicipalityCode)).GroupBy(x => x.Status).ToDictionary(g => MeetingSeries.Describe(g.Key), g => g.Sum(x => x.Count)),
            series.Where(x => where(x.MunicipalityCode)).GroupBy(x => x.Status).ToDictionary(g => MeetingSeries.Describe(g.Key), g => g.Sum(x => x.Count)));

        var codes = sessions.Select(x => x.MunicipalityCode).Concat(series.Select(x => x.MunicipalityCode)).Distinct().ToList();
        var provinceOf = codes.ToDictionary(c => c, c => municipalities.GetValueOrDefault(c)?.ProvinceCode ?? "");
        var held = sessions.Where(x => x.Status == SessionStatus.Held).Sum(x => x.Count);
        return TypedResults.Ok(new ProgrammeResponse(
            target.Value.Meetings, target.Value.From, target.Value.Until, held,
            Math.Round(100.0 * held / Math.Max(1, target.Value.Meetings), 1),
            CountsOf(_ => true),
            [.. provinceOf.Values.Distinct().Order().Select(p => new AreaCounts(p, municipalities.Values.FirstOrDefault(m => m.ProvinceCode == p)?.ProvinceName, CountsOf(c => provinceOf[c] == p)))],
            [.. codes.Order().Select(c => new AreaCounts(c, municipalities.GetValueOrDefault(c)?.Name, CountsOf(x => x == c)))]));
    }
}

/// <param name="Sessions">Per status: planned, held, cancelled.</param>
/// <param name="Series">Per status: draft, planned, in-progress, completed, cancelled.</param>
public sealed record Counts(IReadOnlyDictionary<string, int> Sessions, IReadOnlyDictionary<string, int> Series);

public sealed record AreaCounts(string Code, string? Name, Counts Counts);

/// <param name="HeldMeetings">Sessions held in the period; the target counts these.</param>
public sealed record ProgrammeResponse(
    int TargetMeetings, DateOnly From, DateOnly Until, int HeldMeetings, double PercentOfTarget,
    Counts Overall, IReadOnlyList<AreaCounts> PerProvince, IReadOnlyList<AreaCounts> PerMunicipality) : IExample<ProgrammeResponse>
{
    public static ProgrammeResponse Example => new(700, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31), 342, 48.9,
        new Counts(new Dictionary<string, int> { ["planned"] = 180, ["held"] = 342, ["cancelled"] = 21 }, new Dictionary<string, int> { ["draft"] = 14, ["planned"] = 52, ["in-progress"] = 18, ["completed"] = 97, ["cancelled"] = 8 }),
        [new AreaCounts("PV27", "Noord-Holland", new Counts(new Dictionary<string, int> { ["planned"] = 31, ["held"] = 64 }, new Dictionary<string, int> { ["planned"] = 9, ["completed"] = 19 }))],
        [new AreaCounts("GM0363", "Amsterdam", new Counts(new Dictionary<string, int> { ["planned"] = 12, ["held"] = 27 }, new Dictionary<string, int> { ["planned"] = 4, ["completed"] = 8 }))]);
}
