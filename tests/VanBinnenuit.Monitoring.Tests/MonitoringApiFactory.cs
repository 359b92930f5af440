using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Monitoring.Data;
using VanBinnenuit.Monitoring.Domain;
using VanBinnenuit.Monitoring.Domain.Disclosure;
using VanBinnenuit.ReadModels;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Monitoring.Tests;

/// <summary>Monitoring in-process on a real PostgreSQL database of its own, with series as scheduling's events would have left them.</summary>
/// <param name="keys">Where record keys come from; a seeded source makes an attack on the figures repeatable.</param>
public sealed class MonitoringApiFactory(string database, string broker, IReadOnlyDictionary<string, string>? settings, IRecordKeys? keys = null)
    : ServiceApiFactory<MonitoringDbContext>(ResourceNames.Monitoring, ResourceNames.MonitoringDb, database, broker)
{
    public static readonly Guid Community = Guid.Parse("01930000-0000-7000-8000-0000000000c1");

    public static async Task<MonitoringApiFactory> StartAsync(
        InfrastructureFixture infrastructure, string prefix, IReadOnlyDictionary<string, string>? settings = null, IRecordKeys? keys = null)
    {
        var factory = new MonitoringApiFactory(
            await infrastructure.FreshDatabaseAsync(ResourceNames.MonitoringDb, prefix),
            await infrastructure.FreshBrokerAsync(prefix), settings, keys);
        await factory.StartedAsync();
        await factory.SeedAsync(db =>
        {
            db.Set<MunicipalityReference>().AddRange(
                new MunicipalityReference { Code = "GM0363", Name = "Amsterdam", ProvinceCode = "PV27", ProvinceName = "Noord-Holland" },
                new MunicipalityReference { Code = "GM0599", Name = "Rotterdam", ProvinceCode = "PV28", ProvinceName = "Zuid-Holland" });
            db.Set<CommunityReference>().Add(new CommunityReference { Id = Community, Name = "Syrisch", Active = true, MunicipalityCodes = ["GM0363"] });
        });
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (keys is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(keys));
        }
    }

    public async Task SeedAsync(Action<MonitoringDbContext> seed)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
        seed(db);
        await db.SaveChangesAsync();
    }

    /// <summary>A planned series led by <paramref name="leader"/>, its sessions a week apart from <paramref name="first"/> (19:30–21:30 UTC).</summary>
    public async Task<Guid> AddSeriesAsync(Guid leader, DateTimeOffset first, string municipality = "GM0363", string audience = "women", string status = "planned")
    {
        var series = SeriesRecord.New(Guid.CreateVersion7());
        series.MunicipalityCode = municipality;
        series.CommunityId = Community;
        series.Audience = audience;
        series.TopicCodes = ["lgbt-acceptance"];
        series.Languages = ["ar"];
        series.Status = status;
        series.LeaderId = leader;
        series.UpdatedAt = DateTimeOffset.UtcNow;
        for (var n = 1; n <= 3; n++)
        {
            var starts = first.AddDays(7 * (n - 1));
            series.Sessions.Add(new SessionRecord { Number = n, StartsAt = starts, EndsAt = starts.AddHours(2), Status = "planned" });
        }
        await SeedAsync(db => db.Series.Add(series));
        return series.Id;
    }
}

/// <summary>Reports as tests send them.</summary>
public static class Reports
{
    /// <summary>A report of <paramref name="attendance"/> people (split evenly enough that the counts add up).</summary>
    public static object Of(int attendance, int returned = 0, string? reflection = null, string? correctionReason = null)
    {
        var women = attendance / 2;
        return new
        {
            attendance,
            byGender = new { women, men = attendance - women },
            byAge = new { from18To29 = attendance },
            returned,
            languages = new[] { "ar" },
            topicCodes = new[] { "lgbt-acceptance" },
            safety = 4,
            referrals = new[] { new { kind = "veilig-thuis", count = 1 } },
            followUpNeeded = true,
            reflection,
            correctionReason,
        };
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid series, int number, object report, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/series/{series}/sessions/{number}/report") { Content = JsonContent.Create(report) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }
}
