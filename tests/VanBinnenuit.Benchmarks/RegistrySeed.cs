using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using CsvHelper;
using Npgsql;
using VanBinnenuit.DemoProgramme.Generation;
using VanBinnenuit.DemoProgramme.Loading;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Benchmarks;

/// <summary>
/// Fills the registry with the benchmark world: its communities through the API, then its organisations
/// and leaders through the registry's own CSV import (the path real onboarding takes; the API's one
/// call per leader would take most of an hour for 15,000).
/// </summary>
internal sealed class RegistrySeed(BenchmarkSystem system, DemoWorld world)
{
    public List<(Guid Id, string Name)> Communities { get; } = [];

    /// <summary>What the world's leaders speak and lead on, and are called: what the searches filter by.</summary>
    public IReadOnlyList<string> Languages { get; } = [.. world.Leaders.SelectMany(l => l.Languages.Select(x => x.Code)).Distinct().Order(StringComparer.Ordinal)];
    public IReadOnlyList<string> Topics { get; } = [.. world.Leaders.SelectMany(l => l.TopicCodes).Distinct().Order(StringComparer.Ordinal)];
    public IReadOnlyList<string> Surnames { get; } = [.. world.Leaders.Select(l => l.DisplayName.Split(' ')[^1]).Distinct().Order(StringComparer.Ordinal)];

    public async Task ImportAsync()
    {
        await CommunitiesAsync();
        await PostAsync("/api/registry/v1/organisation-imports", Csv(world.Organisations.Select(o => new
        {
            name = o.Name, kind = o.Kind, communities = string.Join(';', o.CommunityNames), municipalities = string.Join(';', o.MunicipalityCodes),
        })));
        const int perFile = 5_000;
        foreach (var file in world.Leaders.Chunk(perFile))
        {
            await PostAsync("/api/registry/v1/leader-imports", Csv(file.Select(l => new
            {
                display_name = l.DisplayName, email = l.Email,
                languages = string.Join(';', l.Languages.Select(x => $"{x.Code}:{x.Proficiency}")),
                communities = string.Join(';', l.CommunityNames), topics = string.Join(';', l.TopicCodes), gender = l.Gender,
                home_municipality = l.HomeMunicipalityCode, travel_municipalities = string.Join(';', l.TravelMunicipalityCodes),
                // The spreadsheet has no column for absences: the imported leaders have none.
                availability = string.Join(';', l.Availability.Select(w =>
                    $"{w.Day.ToString().ToLowerInvariant()} {w.From.ToString("HH:mm", CultureInfo.InvariantCulture)}-{w.To.ToString("HH:mm", CultureInfo.InvariantCulture)}")),
                max_sessions_per_month = l.MaxSessionsPerMonth,
            })));
        }
        await WaitForSchedulingAsync(world.Leaders.Count);
    }

    /// <summary>The registry's leader ids by e-mail address (the world names leaders by address).</summary>
    public async Task<Dictionary<string, Guid>> LeaderIdsAsync()
    {
        await using var registry = new NpgsqlConnection(await system.App.GetConnectionStringAsync(ResourceNames.RegistryDb));
        await registry.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT email, id FROM leaders WHERE email IS NOT NULL", registry);
        await using var reader = await read.ExecuteReaderAsync();
        var ids = new Dictionary<string, Guid>();
        while (await reader.ReadAsync())
        {
            ids[reader.GetString(0)] = reader.GetGuid(1);
        }
        return ids;
    }

    private async Task CommunitiesAsync()
    {
        var known = (await system.Coordinator.GetFromJsonAsync<JsonElement>("/api/registry/v1/communities?pageSize=100")).GetProperty("items").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("id").GetGuid());
        foreach (var community in world.Communities.Where(c => !known.ContainsKey(c.Name)))
        {
            using var created = await system.Coordinator.PostAsJsonAsync("/api/registry/v1/communities", RegistryRequests.Community(community));
            created.EnsureSuccessStatusCode();
            known[community.Name] = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        Communities.AddRange(world.Communities.Select(c => (known[c.Name], c.Name)));
    }

    private static string Csv<T>(IEnumerable<T> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            csv.WriteRecords(rows);
        }
        return text.ToString();
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
}
