using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VanBinnenuit.Messaging.Tests.Fixtures;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.ServiceDefaults;
using VanBinnenuit.Testing;

namespace VanBinnenuit.Messaging.Tests;

/// <summary>
/// Who migrates a service's database: the service as it starts (one host), a migration job that stops
/// once done (a deployment, before it rolls the replicas), and in Production never a replica.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class MigrationModeTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task The_migration_job_migrates_and_seeds_then_stops_by_itself()
    {
        var database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "migrationjob");
        using var job = Host(database, MigrationMode.Only);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await job.RunAsync(timeout.Token);

        Assert.False(timeout.IsCancellationRequested, "The migration job did not stop by itself.");
        Assert.Empty(await PendingAsync(database));
    }

    [Fact]
    public async Task In_Production_a_replica_migrates_nothing_and_waits_for_the_job()
    {
        var database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "replica");
        using var replica = Host(database, mode: null, environment: Environments.Production);

        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => replica.StartAsync(waited.Token));

        Assert.NotEmpty(await PendingAsync(database));
    }

    [Fact]
    public async Task In_Production_a_replica_starts_on_a_schema_the_job_migrated()
    {
        var database = await infrastructure.FreshDatabaseAsync(ResourceNames.RegistryDb, "migrated");
        using (var job = Host(database, MigrationMode.Only))
        {
            await job.RunAsync();
        }
        using var replica = Host(database, mode: null, environment: Environments.Production);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await replica.StartAsync(timeout.Token);
        await replica.StopAsync();
    }

    /// <summary>A host with the service's database only (no broker, no settings check: that is the gateway's and the services' own test).</summary>
    private static IHost Host(string database, MigrationMode? mode, string environment = "Testing")
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration[$"ConnectionStrings:{MessagingTestHost.Database}"] = database;
        if (mode is { } chosen)
        {
            builder.Configuration["Database:Migrations"] = chosen.ToString();
        }
        builder.AddServiceDatabase<TestDbContext>(MessagingTestHost.Database);
        return builder.Build();
    }

    private static async Task<List<string>> PendingAsync(string database)
    {
        var options = new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database).UseSnakeCaseNamingConvention().Options;
        await using var db = new TestDbContext(options);
        return [.. await db.Database.GetPendingMigrationsAsync()];
    }
}
