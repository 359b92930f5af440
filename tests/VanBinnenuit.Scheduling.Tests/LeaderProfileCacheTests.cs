using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanBinnenuit.Scheduling.Data;
using VanBinnenuit.Scheduling.Domain;

namespace VanBinnenuit.Scheduling.Tests;

/// <summary>
/// Scheduling's in-memory leader profiles with several replicas: each replica keeps its own copy, and
/// the registry's events reach whichever replica's consumer takes them. A replica's copy must therefore
/// follow every change another one writes to the table: an update, a new leader, and a removal and an
/// addition that leave the count the same.
/// </summary>
[Collection(SchedulingCollection.Name)]
public sealed class LeaderProfileCacheTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_replica_s_copy_follows_what_another_replica_writes_to_the_profiles()
    {
        await using var factory = await SchedulingApiFactory.StartAsync(infrastructure, "profilecache");
        var thisReplica = new LeaderProfileCache();
        async Task<IReadOnlyList<Leader>> ReadAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await thisReplica.GetAsync(scope.ServiceProvider.GetRequiredService<SchedulingDbContext>(), CancellationToken.None);
        }
        var amal = await factory.AddLeaderAsync(Plans.Leader());
        Assert.Equal([amal], (await ReadAsync()).Select(l => l.Id));
        Assert.Same(await ReadAsync(), await ReadAsync());

        // What the other replica's consumer writes for LeaderUpdated, LeaderRegistered, and a leader replaced.
        await factory.SeedAsync(db =>
        {
            var row = db.LeaderProfiles.Single(l => l.Id == amal);
            row.Profile = row.Profile with { MaxSessionsPerMonth = 2 };
        });
        Assert.Equal(2, Assert.Single(await ReadAsync()).MaxSessionsPerMonth);

        var noor = await factory.AddLeaderAsync(Plans.Leader("Noor"));
        Assert.Equal(new[] { amal, noor }.Order(), (await ReadAsync()).Select(l => l.Id).Order());

        var sara = Plans.Leader("Sara");
        await factory.SeedAsync(db =>
        {
            db.LeaderProfiles.Remove(db.LeaderProfiles.Single(l => l.Id == noor));
            db.LeaderProfiles.Add(new LeaderProfile { Id = sara.Id, DisplayName = sara.DisplayName, Active = true, Profile = sara });
        });
        Assert.Equal(new[] { amal, sara.Id }.Order(), (await ReadAsync()).Select(l => l.Id).Order());
    }
}
