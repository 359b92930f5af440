using VanBinnenuit.Monitoring.Domain;
using Xunit.Abstractions;

namespace VanBinnenuit.Monitoring.Tests.Attack;

/// <summary>
/// The test that matters for disclosure control: an attacker reads everything a role may read about a
/// small programme, through the real service and database, and tries to undo the protection. It
/// passes only if no true count of 1–4 people is determined, every such count keeps a range at least
/// 3 wide consistent with everything published, and its best estimates are right no more often than 40 %.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class DisclosureAttackTests(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    // Another programme and other keys: VANBINNENUIT_ATTACK_SEED=<n> (the README gives the figures over several).
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("VANBINNENUIT_ATTACK_SEED"), out var seed) ? seed : 20261201;
    private readonly AttackProgramme _programme = new(Seed);
    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_attack", keys: new SeededRecordKeys(Seed));
        await _programme.SeedAsync(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public static TheoryData<string, string?> Roles => new()
    {
        { VanBinnenuit.ApiKit.Auth.Roles.Advisor, null },
        { VanBinnenuit.ApiKit.Auth.Roles.Coordinator, null },
        { VanBinnenuit.ApiKit.Auth.Roles.MunicipalOfficer, "GM0363" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Nothing_a_role_can_read_gives_a_small_count_back(string role, string? municipality)
    {
        Assert.True(_programme.Series.Sum(s => Enumerable.Range(0, 3).Count(n => s.People(n) is >= 1 and <= 4)) >= 30, "the programme has many small groups");
        using var client = _factory.ClientFor(role, municipality);
        var published = new PublishedFigures(_programme, period => $"period={period}");
        // An officer's answers are their municipality's whatever they ask; advisors and coordinators may ask about any.
        string?[] scopes = municipality is null ? [null, .. AttackProgramme.Municipalities.Select(m => m.Code)] : [municipality];
        await published.AskEverythingAsync(client, scopes);

        // Each cell of the grid has exactly one published value, whatever question it appears in (JSON or CSV).
        var inconsistent = published.Figures.GroupBy(f => f.Cell.Key).Where(g => g.Select(f => f.Value).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(inconsistent.Count == 0, $"cells with more than one value: {string.Join("; ", inconsistent.Take(5))}");

        var outcome = Attack(published.Figures, new SuppressionRules().Table().Bound);
        output.WriteLine($"seed {Seed}, {role} {municipality}: {outcome}");
        foreach (var example in outcome.Examples)
        {
            output.WriteLine(example);
        }
        Assert.True(outcome.Targets >= 8, $"only {outcome.Targets} small counts to attack");
        Assert.Equal(0, outcome.Determined);
        Assert.Equal(0, outcome.Narrow);
        Assert.True(outcome.HitRate <= 0.40, outcome.ToString());
    }

    /// <summary>The attack itself, on figures however they were protected; <paramref name="bound"/> 0 for exact figures with small ones hidden.</summary>
    public AttackOutcome Attack(IReadOnlyList<Figure> figures, int bound)
    {
        var reports = _programme.Series.Count * 3;
        long Truth(Cell cell) => cell.Kind switch
        {
            CellKind.People => cell.Records.Sum(r => (long)_programme.Series[r / 3].People(r % 3)),
            CellKind.Attendance => cell.Records.Sum(r => (long)_programme.Series[r / 3].Attendance[r % 3]),
            _ => cell.Records.Sum(h => (long)_programme.Series[h / 4].Answers[(AttackProgramme.Statements[h % 4 / 2], h % 2 == 0 ? Moment.Before : Moment.After)].Sum()),
        };
        // People reached of report r is x[r], its returned x[reports + r] (attendance is their sum), a histogram's answers x[2 × reports + h].
        int[] Columns(Cell cell) => cell.Kind switch
        {
            CellKind.People => cell.Records,
            CellKind.Attendance => [.. cell.Records, .. cell.Records.Select(r => reports + r)],
            _ => [.. cell.Records.Select(h => (2 * reports) + h)],
        };
        var firstSessions = Enumerable.Range(0, _programme.Series.Count).Select(s => reports + (s * 3)).ToHashSet();
        return Attacker.Run(figures, Truth, Columns, (2 * reports) + (_programme.Series.Count * 4), bound, new SuppressionRules().SmallCellThreshold, firstSessions);
    }
}
