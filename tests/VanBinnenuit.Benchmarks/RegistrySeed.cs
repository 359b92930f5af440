using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Npgsql;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Fills the registry through its own CSV import (the path real onboarding takes), with made-up
/// leaders spread over every municipality, the seeded communities, languages and topics.
/// </summary>
internal sealed class RegistrySeed(BenchmarkSystem system)
{
    public static readonly string[] Languages = ["ar", "ti", "so", "prs", "ps", "fa", "tr", "ku", "zh", "pap", "srn", "ug", "en", "fr", "nl"];
    public static readonly string[] Topics =
        ["lgbt-acceptance", "domestic-violence", "honour-related-violence", "gender-equality", "partner-choice", "clothing", "education-choice", "breaking-taboos", "parenting"];

    private readonly Random _random = new(2026);

    public List<(Guid Id, string Name)> Communities { get; } = [];
    public List<(string Code, string Province)> Municipalities { get; } = [];

    public async Task ImportAsync(int leaders, int organisations)
    {
        await LoadReferenceDataAsync();
        await PostAsync("/api/registry/v1/organisation-imports", OrganisationsCsv(organisations));
        const int perFile = 5_000;
        for (var start = 0; start < leaders; start += perFile)
        {
            await PostAsync("/api/registry/v1/leader-imports", LeadersCsv(start, Math.Min(perFile, leaders - start)));
        }
        await WaitForSchedulingAsync(leaders);
    }

    private async Task LoadReferenceDataAsync()
    {
        var communities = await system.Coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?pageSize=100");
        Communities.AddRange(communities.GetProperty("items").EnumerateArray().Select(c => (c.GetProperty("id").GetGuid(), c.GetProperty("name").GetString()!)));
        for (var page = 1; page <= 4; page++)
        {
            var municipalities = await system.Coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/v1/municipalities?pageSize=100&page={page}");
            Municipalities.AddRange(municipalities.GetProperty("items").EnumerateArray().Select(m => (m.GetProperty("code").GetString()!, m.GetProperty("provinceCode").GetString()!)));
        }
    }

    private string OrganisationsCsv(int count)
    {
        var csv = new StringBuilder("name,kind,communities,municipalities\n");
        string[] kinds = ["migrant-self-organisation", "refugee-organisation", "professional-institution", "other"];
        for (var i = 0; i < count; i++)
        {
            csv.Append($"Stichting Benchmark {i:0000},{Pick(kinds)},\"{Pick(Communities).Name}\",\"{Pick(Municipalities).Code}|{Pick(Municipalities).Code}\"\n");
        }
        return csv.ToString();
    }

    private string LeadersCsv(int start, int count)
    {
        var csv = new StringBuilder("display_name,email,languages,communities,topics,gender,home_municipality,travel_municipalities,travel_provinces,availability,max_sessions_per_month\n");
        for (var i = start; i < start + count; i++)
        {
            var languages = string.Join(";", Languages.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Select(l => $"{l}:{Pick(["native", "fluent", "good"])}"));
            var communities = string.Join(";", Communities.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select(c => c.Name));
            var topics = string.Join(";", Topics.OrderBy(_ => _random.Next()).Take(_random.Next(1, 5)));
            var travel = string.Join(";", Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Pick(Municipalities).Code).Distinct());
            var provinces = _random.Next(5) == 0 ? Pick(Municipalities).Province : "";
            csv.Append($"Gespreksleider {i:00000},leider{i}@benchmark.example.nl,\"{languages}\",\"{communities}\",\"{topics}\",{Pick(["woman", "man"])},{Pick(Municipalities).Code},\"{travel}\",{provinces},\"tuesday 18:30-22:00;saturday 10:00-16:00\",{_random.Next(2, 9)}\n");
        }
        return csv.ToString();
    }

    private async Task PostAsync(string path, string csv)
    {
        using var response = await system.Coordinator.PostAsync(path, new StringContent(csv, Encoding.UTF8, "text/csv"));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        }
        Console.WriteLine($"{path}: {body[..Math.Min(body.Length, 120)]}");
    }

    // The imports' events flow to scheduling; measuring while 15,000 of them are consumed would measure that instead.
    private async Task WaitForSchedulingAsync(int leaders)
    {
        await using var scheduling = new NpgsqlConnection(await system.App.GetConnectionStringAsync(ResourceNames.SchedulingDb));
        await scheduling.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM leader_profiles", scheduling);
        long known;
        while ((known = (long)(await count.ExecuteScalarAsync())!) < leaders)
        {
            Console.WriteLine($"Scheduling knows {known} leaders; waiting for the rest of the events.");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    public async Task DropSearchIndexesAsync()
    {
        await using var registry = new NpgsqlConnection(await system.App.GetConnectionStringAsync(ResourceNames.RegistryDb));
        await registry.OpenAsync();
        await using var drop = new NpgsqlCommand("""
            DO $$ DECLARE index_name text;
            BEGIN
              FOR index_name IN SELECT indexname FROM pg_indexes WHERE tablename IN ('leaders', 'organisations') AND indexname LIKE 'ix_%' LOOP
                EXECUTE format('DROP INDEX %I', index_name);
              END LOOP;
            END $$;
            ANALYZE leaders; ANALYZE organisations;
            """, registry);
        await drop.ExecuteNonQueryAsync();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
