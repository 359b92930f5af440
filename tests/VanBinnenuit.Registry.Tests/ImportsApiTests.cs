using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Registry.Apis;
using VanBinnenuit.Registry.Apis.Imports;
using VanBinnenuit.Registry.Data;

namespace VanBinnenuit.Registry.Tests;

[Collection(RegistryCollection.Name)]
public sealed class ImportsApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string LeaderHeader = "display_name,email,languages,communities,topics,gender,home_municipality,travel_provinces,availability,max_sessions_per_month";
    private RegistryApiFactory _factory = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _factory = await RegistryApiFactory.StartAsync(infrastructure, "registry_imports");
        _coordinator = _factory.ClientFor(Roles.Coordinator);
        await _coordinator.CreateAsync("/v1/communities", Samples.Community("Iraans", "GM0363"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<int> LeaderCountAsync(string name)
    {
        var page = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/leaders?name={Uri.EscapeDataString(name)}&pageSize=100");
        return page!["totalItems"]!.GetValue<int>();
    }

    private async Task<List<(bool DryRun, int Rows, bool Applied)>> AuditAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return [.. (await db.Imports.AsNoTracking().OrderBy(i => i.StartedAt).ToListAsync()).Select(i => (i.DryRun, i.Rows, i.Applied))];
    }

    [Fact]
    public async Task A_dry_run_names_every_problem_by_row_and_column_and_writes_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            {LeaderHeader}
            {tag} Goed,goed-{tag}@voorbeeld.nl,fa:native; nl:good,Iraans,lgbt-acceptance,woman,GM0363,PV27,monday 18:00-21:30,4
            {tag} Fout,geen-adres,fa:perfect,Onbekenden,gender-equality,,GM9999,,someday 1-2,veel
            """;
        using var response = await _coordinator.PostAsync("/v1/leader-imports?dryRun=true", Samples.Csv(csv));
        var report = await response.Content.ReadFromJsonAsync<ImportReport>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(report!.Applied);
        Assert.Equal(2, report.Rows);
        Assert.Equal(1, report.RowsWithProblems);
        Assert.All(report.Problems, p => Assert.Equal(3, p.Row));
        Assert.Equal(["availability", "communities", "email", "languages", "max_sessions_per_month"], report.Problems.Select(p => p.Column).Distinct().Order());
        Assert.Equal(0, await LeaderCountAsync(tag));
    }

    [Fact]
    public async Task A_file_with_any_problem_imports_nothing_and_a_clean_one_imports_everything_at_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rows = Enumerable.Range(1, 30).Select(i => $"{tag} {i:00},{tag}-{i}@voorbeeld.nl,fa:native,Iraans,lgbt-acceptance,,GM0363,,,3").ToList();
        var withProblem = string.Join("\n", rows.Append($"{tag} 31,{tag}-1@voorbeeld.nl,fa:native,,,,GM0363,,,3").Prepend(LeaderHeader));

        using var refused = await _coordinator.PostAsync("/v1/leader-imports", Samples.Csv(withProblem));
        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("is on more than one row", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await LeaderCountAsync(tag));

        using var applied = await _coordinator.PostAsync("/v1/leader-imports", Samples.Csv(string.Join("\n", rows.Prepend(LeaderHeader))));
        var report = await applied.Content.ReadFromJsonAsync<ImportReport>();
        Assert.True(report!.Applied);
        Assert.Equal(30, await LeaderCountAsync(tag));

        // The same file again: every row is now registered already.
        using var again = await _coordinator.PostAsync("/v1/leader-imports?dryRun=true", Samples.Csv(string.Join("\n", rows.Prepend(LeaderHeader))));
        Assert.Equal(30, (await again.Content.ReadFromJsonAsync<ImportReport>())!.RowsWithProblems);
        Assert.Contains((false, 30, true), await AuditAsync());
        Assert.Contains((false, 31, false), await AuditAsync());
    }

    [Fact]
    public async Task Organisations_import_from_a_semicolon_separated_spreadsheet()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            name;kind;kvk_number;communities;municipalities;contact_name;contact_email
            {tag} Vrouwen in Beweging;migrant-self-organisation;87654321;Iraans;"GM0363|GM0599";Mina;mina@voorbeeld.nl
            {tag} GGD Regio;professional-institution;;;GM0599;;
            """;
        using var response = await _coordinator.PostAsync("/v1/organisation-imports", Samples.Csv(csv));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var page = await _coordinator.GetFromJsonAsync<JsonNode>($"/v1/organisations?name={tag}");
        Assert.Equal(2, page!["totalItems"]!.GetValue<int>());
        var first = page["items"]!.AsArray().Single(o => o!["name"]!.GetValue<string>().EndsWith("Beweging"))!;
        Assert.Equal(["GM0363", "GM0599"], first["municipalityCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("mina@voorbeeld.nl", first["contactPersons"]![0]!["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("display_name,languages\nA,ar", "file")]
    [InlineData("display_name,languages,home_municipality,max_sessions_per_month,shoe_size\nA,ar:native,GM0363,2,44", "file")]
    [InlineData("display_name,languages,home_municipality,max_sessions_per_month\n", "file")]
    [InlineData("", "file")]
    public async Task A_file_of_the_wrong_shape_is_a_400_naming_the_file(string csv, string parameter)
    {
        using var response = await _coordinator.PostAsync("/v1/leader-imports?dryRun=true", Samples.Csv(csv));
        Assert.Equal([parameter], await response.AssertProblemAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Imports_have_row_and_size_limits()
    {
        var header = "display_name,languages,home_municipality,max_sessions_per_month\n";
        var tooManyRows = header + string.Concat(Enumerable.Repeat("A,ar:native,GM0363,2\n", ImportsApi.MaxRows + 1));
        using var rows = await _coordinator.PostAsync("/v1/leader-imports?dryRun=true", Samples.Csv(tooManyRows));
        Assert.Equal(["file"], await rows.AssertProblemAsync(HttpStatusCode.BadRequest));

        var tooLarge = header + new string('x', ImportsApi.MaxBytes);
        using var size = await _coordinator.PostAsync("/v1/leader-imports?dryRun=true", Samples.Csv(tooLarge));
        await size.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_import_must_be_sent_as_text_csv()
    {
        using var response = await _coordinator.PostAsync("/v1/leader-imports", new StringContent("{}", Encoding.UTF8, "application/json"));
        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}
