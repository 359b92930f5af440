using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VanBinnenuit.Persistence.Database;

/// <summary>When a service's database is migrated and seeded (<c>Database:Migrations</c>).</summary>
public enum MigrationMode
{
    /// <summary>As the service starts, before it takes requests (outside Production, and one host with replicas).</summary>
    AtStart,
    /// <summary>Migrate and seed, then stop: the migration job a deployment runs before it rolls the replicas.</summary>
    Only,
    /// <summary>Never by the service: it waits for the migration job and refuses to start on an older schema (Production's default).</summary>
    Never,
}

/// <summary>
/// Creates the database if it is missing and the login may (the app host creates it for the service's role), applies migrations and runs the seeders before the service
/// takes requests. Replicas starting together serialise on a PostgreSQL advisory lock, so exactly
/// one migrates and the others find nothing left to do. In Production a replica migrates nothing: the
/// deployment's migration job does (<see cref="MigrationMode"/>), with the same image and settings.
/// </summary>
internal sealed class DatabaseMigrator<TDbContext>(
    IServiceScopeFactory scopes, ServiceDatabase<TDbContext> database, IConfiguration configuration, IHostEnvironment environment,
    IHostApplicationLifetime lifetime, ILogger<DatabaseMigrator<TDbContext>> logger)
    : IHostedService where TDbContext : DbContext
{
    public const string Setting = "Database:Migrations";
    private const int MaxAttempts = 15;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var mode = configuration.GetValue<MigrationMode?>(Setting) ?? (environment.IsProduction() ? MigrationMode.Never : MigrationMode.AtStart);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (mode == MigrationMode.Never)
                {
                    await RequireCurrentSchemaAsync(attempt, cancellationToken);
                    return;
                }
                await MigrateAsync(cancellationToken);
                if (mode == MigrationMode.Only)
                {
                    logger.LogWarning("Database for {Context} is migrated; stopping, as {Setting} is {Mode}", typeof(TDbContext).Name, Setting, mode);
                    lifetime.StopApplication();
                }
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

    /// <summary>Waits while the migration job may still be running, then refuses a schema that is not the code's.</summary>
    private async Task RequireCurrentSchemaAsync(int firstAttempt, CancellationToken cancellationToken)
    {
        for (var attempt = firstAttempt; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                return;
            }
            if (attempt >= MaxAttempts)
            {
                throw new InvalidOperationException(
                    $"The database of {typeof(TDbContext).Name} lacks {pending.Count} migration(s) ({pending[^1]}); run the service's migration job ({Setting}={MigrationMode.Only}) first.");
            }
            logger.LogWarning("Database for {Context} waits for its migration job ({Count} pending, attempt {Attempt})", typeof(TDbContext).Name, pending.Count, attempt);
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
        }
    }

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
