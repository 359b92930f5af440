using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VanBinnenuit.Persistence.Database;

/// <summary>
/// Creates the database if it is missing and the login may (the app host creates it for the service's role), applies migrations and runs the seeders before the service
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

        await using var lockConnection = await LockConnectionAsync(target, cancellationToken);
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

    /// <summary>
    /// The lock lives in the service's own database, which the app host (or a migration job) creates
    /// for the service's role; a service's role may not open the maintenance database. Only where the
    /// database does not exist yet (a configured superuser may create it) is the maintenance one used.
    /// </summary>
    private static async Task<NpgsqlConnection> LockConnectionAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var own = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(own.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await connection.DisposeAsync();
            var maintenance = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(own.ConnectionString) { Database = "postgres" }.ConnectionString);
            await maintenance.OpenAsync(cancellationToken);
            return maintenance;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
