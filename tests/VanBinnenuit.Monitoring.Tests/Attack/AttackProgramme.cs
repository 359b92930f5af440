using System.Net.Http.Json;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Tests.Attack;

/// <summary>A series of the attacked programme, with its true counts: what the attacker may know of its shape, and the truth it is after.</summary>
public sealed record PlannedSeries(
    int Index, Guid Id, string Municipality, string Province, Guid Community, string Audience, string[] Themes, DateOnly[] Dates,
    int[] Attendance, int[] Returned, Dictionary<(Guid Statement, Moment Moment), int[]> Answers)
{
    /// <summary>People reached at each session: attendance minus those who had come before.</summary>
    public int People(int session) => Attendance[session] - Returned[session];
}

/// <summary>
/// A small realistic programme, the same from the same seed: 40 series in six municipalities of two
/// provinces, five communities, four audiences and four themes over 2026, sessions a fortnight apart
/// (so series cross months), many groups of 1–4 new people at the second and third session, and the
/// answers to two statements before and after in half of the series.
/// </summary>
public sealed class AttackProgramme
{
    public static readonly (string Code, string Name, string Province, string ProvinceName)[] Municipalities =
    [
        ("GM0363", "Amsterdam", "PV27", "Noord-Holland"), ("GM0361", "Alkmaar", "PV27", "Noord-Holland"), ("GM0392", "Haarlem", "PV27", "Noord-Holland"),
        ("GM0599", "Rotterdam", "PV28", "Zuid-Holland"), ("GM0518", "'s-Gravenhage", "PV28", "Zuid-Holland"), ("GM0546", "Leiden", "PV28", "Zuid-Holland"),
    ];

    public static readonly Guid[] Communities = [MonitoringApiFactory.Community, .. Enumerable.Range(2, 4).Select(i => Guid.Parse($"01930000-0000-7000-8000-0000000000c{i}"))];
    public static readonly string[] Audiences = ["women", "youth", "lgbt", "mixed"];
    public static readonly string[] Themes = ["lgbt-acceptance", "partner-choice", "domestic-violence", "gender-equality"];
    public static readonly Guid[] Statements = [Guid.Parse("01930000-0000-7000-8000-000000005101"), Guid.Parse("01930000-0000-7000-8000-000000005102")];

    public IReadOnlyList<PlannedSeries> Series { get; }

    public AttackProgramme(int seed, int series = 40)
    {
        var random = new Random(seed);
        // The two big cities run more series than the others.
        int[] weights = [4, 1, 1, 3, 2, 1];
        Series = [.. Enumerable.Range(0, series).Select(i =>
        {
            var m = Municipalities[Pick(random, weights)];
            var first = new DateOnly(2026, 1, 5).AddDays(random.Next(0, 290));
            var attendance1 = random.Next(4) == 0 ? random.Next(2, 7) : random.Next(6, 19);
            var returned2 = Math.Max(0, attendance1 - random.Next(0, 4));
            var attendance2 = returned2 + random.Next(0, 5);
            var returned3 = Math.Max(0, attendance2 - random.Next(0, 4));
            var attendance3 = returned3 + random.Next(0, 4);
            var answers = new Dictionary<(Guid, Moment), int[]>();
            if (random.Next(2) == 0)
            {
                foreach (var statement in Statements)
                {
                    answers[(statement, Moment.Before)] = Spread(random, attendance1);
                    answers[(statement, Moment.After)] = Spread(random, attendance3);
                }
            }
            var themes = random.Next(3) == 0 ? Themes.OrderBy(_ => random.Next()).Take(2).ToArray() : [Themes[random.Next(Themes.Length)]];
            return new PlannedSeries(i, Guid.CreateVersion7(), m.Code, m.Province, Communities[random.Next(Communities.Length)], Audiences[random.Next(Audiences.Length)],
                themes, [first, first.AddDays(14), first.AddDays(28)], [attendance1, attendance2, attendance3], [0, returned2, returned3], answers);
        })];
    }

    /// <summary>Writes the reference data and the series as scheduling's events would, then every report and answer through the API.</summary>
    public async Task SeedAsync(MonitoringApiFactory factory)
    {
        await factory.SeedAsync(db =>
        {
            db.Set<MunicipalityReference>().AddRange(Municipalities.Where(m => m.Code is not ("GM0363" or "GM0599"))
                .Select(m => new MunicipalityReference { Code = m.Code, Name = m.Name, ProvinceCode = m.Province, ProvinceName = m.ProvinceName }));
            db.Set<CommunityReference>().AddRange(Communities.Skip(1).Select((c, i) => new CommunityReference { Id = c, Name = $"Gemeenschap {i + 2}", Active = true }));
            foreach (var plan in Series)
            {
                var record = SeriesRecord.New(plan.Id);
                (record.MunicipalityCode, record.CommunityId, record.Audience, record.TopicCodes, record.Languages) = (plan.Municipality, plan.Community, plan.Audience, [.. plan.Themes], ["ar"]);
                (record.Status, record.LeaderId, record.UpdatedAt) = ("completed", Guid.NewGuid(), DateTimeOffset.UtcNow);
                for (var n = 1; n <= 3; n++)
                {
                    var starts = new DateTimeOffset(plan.Dates[n - 1].ToDateTime(new TimeOnly(17, 30)), TimeSpan.Zero);
                    record.Sessions.Add(new SessionRecord { Number = n, StartsAt = starts, EndsAt = starts.AddHours(2), Status = "held" });
                }
                db.Series.Add(record);
            }
        });
        using var coordinator = factory.ClientFor(Roles.Coordinator);
        foreach (var plan in Series)
        {
            for (var n = 1; n <= 3; n++)
            {
                using var put = await Reports.PutAsync(coordinator, plan.Id, n, Reports.Of(plan.Attendance[n - 1], plan.Returned[n - 1]));
                Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            }
            foreach (var moment in new[] { Moment.Before, Moment.After })
            {
                var answers = plan.Answers.Where(a => a.Key.Moment == moment).Select(a => new { statementId = a.Key.Statement, counts = a.Value }).ToArray();
                if (answers.Length > 0)
                {
                    using var put = await coordinator.PutAsJsonAsync($"/v1/series/{plan.Id}/attitudes/{(moment == Moment.Before ? "before" : "after")}", new { answers });
                    Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
                }
            }
        }
    }

    private static int Pick(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    // Most answer "agree" or "neutral"; a few disagree, which is exactly who must not be singled out.
    private static int[] Spread(Random random, int people)
    {
        var counts = new int[5];
        for (var i = 0; i < people; i++)
        {
            counts[Math.Min(4, random.Next(7) switch { 0 => 0, 1 => 1, 2 => 2, _ => random.Next(3, 5) })]++;
        }
        return counts;
    }
}

/// <summary>Record keys from a seeded generator, so the attacked programme is the same in every run.</summary>
public sealed class SeededRecordKeys(int seed) : IRecordKeys
{
    private readonly Random _random = new(seed);

    public long Next()
    {
        lock (_random)
        {
            return _random.NextInt64(RecordKey.Range);
        }
    }
}
