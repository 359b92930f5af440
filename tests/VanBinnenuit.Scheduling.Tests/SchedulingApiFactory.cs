using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.ReadModels;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>Scheduling in-process on a real PostgreSQL database of its own, with read models as the registry's events would have left them.</summary>
public sealed class SchedulingApiFactory(string database, string broker)
    : ServiceApiFactory<SchedulingDbContext>(ResourceNames.Scheduling, ResourceNames.SchedulingDb, database, broker)
{
    public static readonly Guid Organisation = Guid.Parse("01930000-0000-7000-8000-0000000000a1");

    /// <param name="sessionOptions">PostgreSQL settings for every connection the service opens (the connection string's Options).</param>
    public static async Task<SchedulingApiFactory> StartAsync(InfrastructureFixture infrastructure, string prefix, string? sessionOptions = null)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(await infrastructure.FreshDatabaseAsync(ResourceNames.SchedulingDb, prefix)) { Options = sessionOptions };
        var factory = new SchedulingApiFactory(database.ConnectionString, await infrastructure.FreshBrokerAsync(prefix));
        await factory.StartedAsync();
        await factory.SeedAsync(db =>
        {
            db.Set<MunicipalityReference>().AddRange(
                new MunicipalityReference { Code = "GM0363", Name = "Amsterdam", ProvinceCode = "PV27", ProvinceName = "Noord-Holland" },
                new MunicipalityReference { Code = "GM0599", Name = "Rotterdam", ProvinceCode = "PV28", ProvinceName = "Zuid-Holland" });
            db.Set<CommunityReference>().Add(new CommunityReference { Id = Plans.Community, Name = "Syrisch", Active = true, MunicipalityCodes = ["GM0363"] });
            db.Set<OrganisationReference>().Add(new OrganisationReference { Id = Organisation, Name = "Stichting", Kind = "migrant-self-organisation", Active = true });
        });
        return factory;
    }

    /// <summary>Reads until <paramref name="read"/> finds something (an event's effect arriving), for up to 30 s.</summary>
    public async Task<T> EventuallyAsync<T>(Func<SchedulingDbContext, Task<T?>> read) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var scope = Services.CreateScope();
            if (await read(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>()) is { } found)
            {
                return found;
            }
            Xunit.Assert.True(DateTime.UtcNow < deadline, "The event had no effect in time.");
            await Task.Delay(200);
        }
    }

    public async Task SeedAsync(Action<SchedulingDbContext> seed)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        seed(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds a leader as <c>LeaderRegistered</c> would have, and gives their id.</summary>
    public async Task<Guid> AddLeaderAsync(Leader leader)
    {
        await SeedAsync(db => db.LeaderProfiles.Add(new LeaderProfile { Id = leader.Id, DisplayName = leader.DisplayName, Active = leader.Active, Profile = leader }));
        return leader.Id;
    }
}
