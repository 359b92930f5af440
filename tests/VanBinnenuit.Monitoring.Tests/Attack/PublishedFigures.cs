using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Tests.Attack;

/// <summary>What a published figure counts: people reached or attendances of a set of session reports, or answers of a set of histograms.</summary>
public enum CellKind
{
    People,
    Attendance,
    Answers,
}

/// <summary>A cell as the attacker sees it: what it counts, over which records (reports as series × 3 + session − 1; histograms as series × 4 + statement × 2 + moment).</summary>
public sealed record Cell(CellKind Kind, int[] Records)
{
    public string Key { get; } = $"{Kind}:{string.Join(',', Records)}";
}

/// <summary>One figure one answer published: its cell, and its value (null for "fewer than 5").</summary>
public sealed record Figure(Cell Cell, long? Value, string Question);

/// <summary>
/// Asks every question a role may ask about the programme (every grid period of 2026 and the
/// programme; every <c>by</c> and <c>per</c>; nationally and, for those who may, per municipality;
/// overview, breakdown, attitudes, yearly report, JSON and CSV) and notes every figure about people
/// with the records it covers, as an attacker who knows the programme's shape would.
/// </summary>
public sealed class PublishedFigures(AttackProgramme programme, Func<string, string> query)
{
    public static readonly string[] Periods = ["programme", "2026", .. Enumerable.Range(1, 4).Select(q => $"2026-K{q}"), .. Enumerable.Range(1, 12).Select(m => $"2026-{m:D2}")];
    private static readonly string[] Dimensions = ["province", "municipality", "community", "theme", "audience"];
    private static readonly string[] Granularities = ["month", "quarter", "year"];

    public List<Figure> Figures { get; } = [];

    /// <param name="scopes">The municipalities the role may ask about (null: the whole country; an officer gets their own whatever they ask).</param>
    public async Task AskEverythingAsync(HttpClient client, IReadOnlyList<string?> scopes)
    {
        foreach (var scope in scopes)
        {
            var within = scope is null ? "" : $"&municipality={scope}";
            foreach (var period in Periods)
            {
                var (first, last) = Dates(period);
                var overview = await GetAsync(client, $"/v1/indicators/overview?{query(period)}{within}");
                Note(overview, "peopleReached", new Cell(CellKind.People, Reports(scope, _ => true, first, last)), $"overview {period} {scope}");
                Note(overview, "attendances", new Cell(CellKind.Attendance, Reports(scope, _ => true, first, last)), $"overview {period} {scope}");
                foreach (var by in Dimensions)
                {
                    foreach (var per in Granularities)
                    {
                        await BreakdownAsync(client, scope, period, by, per);
                    }
                }
                var shifts = await GetAsync(client, $"/v1/indicators/attitudes?{query(period)}{within}");
                foreach (var shift in shifts.EnumerateArray())
                {
                    var statement = Array.IndexOf(AttackProgramme.Statements, shift.GetProperty("statementId").GetGuid());
                    foreach (var (moment, name) in new[] { (Moment.Before, "before"), (Moment.After, "after") })
                    {
                        Note(shift.GetProperty("shift").GetProperty(name), "n", new Cell(CellKind.Answers, Histograms(scope, statement, moment, first, last)),
                            $"attitudes {period} {scope}");
                    }
                }
            }
            var report = await GetAsync(client, $"/v1/reports/programme/2026{(scope is null ? "" : $"?municipality={scope}")}");
            var (year, end) = Dates("2026");
            Note(report, "peopleReached", new Cell(CellKind.People, Reports(scope, _ => true, year, end)), $"report 2026 {scope}");
            Note(report, "attendances", new Cell(CellKind.Attendance, Reports(scope, _ => true, year, end)), $"report 2026 {scope}");
            foreach (var by in new[] { "municipality", "community", "theme" })
            {
                await BreakdownCsvAsync(client, scope, "2026", by, "quarter");
            }
        }
    }

    private async Task BreakdownAsync(HttpClient client, string? scope, string period, string by, string per)
    {
        var (first, last) = Dates(period);
        var table = await GetAsync(client, $"/v1/indicators/breakdown?by={by}&per={per}&{query(period)}{(scope is null ? "" : $"&municipality={scope}")}");
        var question = $"breakdown {by}/{per} {period} {scope}";
        var periods = table.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToList();
        foreach (var row in table.GetProperty("rows").EnumerateArray())
        {
            var member = Member(by, row.GetProperty("key").GetString()!);
            for (var c = 0; c < periods.Count; c++)
            {
                var (from, until) = Clip(periods[c], first, last);
                Note(row.GetProperty("peopleReached")[c], new Cell(CellKind.People, Reports(scope, member, from, until)), question);
            }
            Note(row, "peopleReachedTotal", new Cell(CellKind.People, Reports(scope, member, first, last)), question);
        }
        var totals = table.GetProperty("peopleReachedTotals");
        for (var c = 0; c < totals.GetArrayLength(); c++)
        {
            var (from, until) = Clip(periods[c], first, last);
            Note(totals[c], new Cell(CellKind.People, Reports(scope, _ => true, from, until)), question);
        }
        Note(table, "peopleReachedTotal", new Cell(CellKind.People, Reports(scope, _ => true, first, last)), question);
    }

    // Columns: Indeling, Code, Naam, Periode, Bijeenkomsten gehouden, Bereikte personen; "<5" for fewer than 5.
    private async Task BreakdownCsvAsync(HttpClient client, string? scope, string period, string by, string per)
    {
        var (first, last) = Dates(period);
        var csv = await client.GetStringAsync($"/v1/indicators/breakdown.csv?by={by}&per={per}&{query(period)}{(scope is null ? "" : $"&municipality={scope}")}");
        foreach (var line in csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var f = line.Split(',');
            var member = f[1] == "" ? (_ => true) : Member(by, f[1]);
            var (from, until) = f[3] == "Totaal" ? (first, last) : Clip(f[3], first, last);
            Figures.Add(new Figure(new Cell(CellKind.People, Reports(scope, member, from, until)),
                f[5].StartsWith('<') || f[5] == "x" ? null : long.Parse(f[5], CultureInfo.InvariantCulture), $"breakdown.csv {by}/{per} {period} {scope}"));
        }
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    // A figure left out of the answer counts as hidden, as null does.
    private void Note(JsonElement parent, string property, Cell cell, string question) =>
        Note(parent.TryGetProperty(property, out var figure) ? figure : default, cell, question);

    private void Note(JsonElement figure, Cell cell, string question) =>
        Figures.Add(new Figure(cell, figure.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : figure.GetInt64(), question));

    private static Func<PlannedSeries, bool> Member(string by, string key) => by switch
    {
        "province" => s => s.Province == key,
        "municipality" => s => s.Municipality == key,
        "community" => s => s.Community.ToString() == key,
        "audience" => s => s.Audience == key,
        _ => s => s.Themes.Contains(key),
    };

    private int[] Reports(string? scope, Func<PlannedSeries, bool> member, DateOnly first, DateOnly last) =>
        [.. programme.Series.Where(s => (scope is null || s.Municipality == scope) && member(s))
            .SelectMany(s => Enumerable.Range(0, 3).Where(n => s.Dates[n] >= first && s.Dates[n] <= last).Select(n => (s.Index * 3) + n))];

    // Histograms of series whose first session began in the period and that were measured at both moments.
    private int[] Histograms(string? scope, int statement, Moment moment, DateOnly first, DateOnly last) =>
        [.. programme.Series.Where(s => (scope is null || s.Municipality == scope) && s.Dates[0] >= first && s.Dates[0] <= last
                && s.Answers.ContainsKey((AttackProgramme.Statements[statement], Moment.Before)))
            .Select(s => (s.Index * 4) + (statement * 2) + (moment == Moment.Before ? 0 : 1))];

    public static (DateOnly First, DateOnly Last) Dates(string period)
    {
        var grid = GridPeriod.Parse(period, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31))!;
        return (grid.First, grid.Last);
    }

    private static (DateOnly, DateOnly) Clip(string label, DateOnly first, DateOnly last)
    {
        var (from, until) = Dates(label);
        return (from > first ? from : first, until < last ? until : last);
    }
}
