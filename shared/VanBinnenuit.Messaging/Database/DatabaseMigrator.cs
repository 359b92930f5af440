using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VanBinnenuit.Messaging.Database;

/// <summary>
/// Creates the database if needed, applies migrations and runs the seeders before the service
/// takes requests. Replicas starting together serialise on a PostgreSQL advisory lock, so exactly
/// one migrates and the others find nothing left to do.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(
    IServiceScopeFactory scopes, ServiceDatabase<TDbContext> database, ILogger<DatabaseMigrator<TDbContext>> logger)
    : IHostedService where TDbContext : DbContext
{
    private const int MaxAttempts = 15;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (attempt < MaxAttempts && ex.IsTransient)
            {
                logger.LogWarning("Database for {Context} not reachable yet (attempt {Attempt}): {Reason}", typeof(TDbContext).Name, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);

        // The lock lives in the maintenance database, which exists before the service's own does.
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var lockConnection = new NpgsqlConnection(maintenance.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(lockConnection, "SELECT pg_advisory_lock(hashtext(@name))", target.Database!, cancellationToken);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TDbContext>>())
            {
                await seeder.SeedAsync(db, cancellationToken);
            }
            logger.LogInformation("Database for {Context} is migrated and seeded", typeof(TDbContext).Name);
        }
        finally
        {
            await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock(hashtext(@name))", target.Database!, CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
