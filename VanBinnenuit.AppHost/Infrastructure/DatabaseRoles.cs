using System.Text.RegularExpressions;
using Npgsql;

namespace VanBinnenuit.AppHost.Infrastructure;

/// <summary>A service's own login role and the one database it owns.</summary>
public sealed record DatabaseRole(string Database, string Role, string Password);

/// <summary>
/// Least privilege in PostgreSQL: each service logs in as a role of its own (no superuser, may not
/// create databases or roles) that owns its database and nothing else, and nobody else may connect
/// to that database. Only the app host (or a migration job) uses the superuser, to run this.
/// Idempotent: run at every start, it also sets this run's password and hands a database made by an
/// earlier version (everything owned by the superuser) over to the service's role.
/// </summary>
public static partial class DatabaseRoles
{
    /// <summary>The login role of the service that owns <paramref name="database"/>.</summary>
    public static string RoleFor(string database) => $"{Checked(database)}_service";

    public static async Task ProvisionAsync(string adminConnectionString, IReadOnlyCollection<DatabaseRole> roles, CancellationToken cancellationToken)
    {
        await using (var maintenance = await OpenAsync(adminConnectionString, "postgres", cancellationToken))
        {
            // The maintenance and template databases are the superuser's; a service has no business there.
            await ExecuteAsync(maintenance, "REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC", cancellationToken);
            foreach (var role in roles)
            {
                await EnsureRoleAsync(maintenance, role, cancellationToken);
                await EnsureDatabaseAsync(maintenance, role.Database, role.Role, cancellationToken);
            }
        }
        foreach (var role in roles)
        {
            await using var database = await OpenAsync(adminConnectionString, role.Database, cancellationToken);
            await HandOverAsync(database, role.Role, cancellationToken);
        }
    }

    /// <summary>A database owned by <paramref name="role"/> that only it may open (tests make one per test class).</summary>
    public static async Task CreateDatabaseAsync(string adminConnectionString, string database, string role, CancellationToken cancellationToken)
    {
        await using var maintenance = await OpenAsync(adminConnectionString, "postgres", cancellationToken);
        await EnsureDatabaseAsync(maintenance, database, role, cancellationToken);
    }

    private static async Task EnsureRoleAsync(NpgsqlConnection connection, DatabaseRole role, CancellationToken cancellationToken)
    {
        var exists = await ScalarAsync(connection, "SELECT count(*) FROM pg_roles WHERE rolname = @name", role.Role, cancellationToken) > 0;
        // format(%I, %L) quotes the name and the password inside PostgreSQL: neither is ever spliced into SQL here.
        var verb = exists ? "ALTER" : "CREATE";
        await using var build = new NpgsqlCommand(
            $"SELECT format('{verb} ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', @name::text, @password::text)",
            connection);
        build.Parameters.AddWithValue("name", Checked(role.Role));
        build.Parameters.AddWithValue("password", role.Password);
        var statement = (string)(await build.ExecuteScalarAsync(cancellationToken))!;
        await ExecuteAsync(connection, statement, cancellationToken);
    }

    private static async Task EnsureDatabaseAsync(NpgsqlConnection connection, string database, string role, CancellationToken cancellationToken)
    {
        var name = Checked(database);
        var owner = Checked(role);
        if (await ScalarAsync(connection, "SELECT count(*) FROM pg_database WHERE datname = @name", name, cancellationToken) == 0)
        {
            // CREATE DATABASE runs outside a transaction, and two starts may race: the loser finds it made.
            try
            {
                await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\" OWNER \"{owner}\"", cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
            }
        }
        await ExecuteAsync(connection, $"ALTER DATABASE \"{name}\" OWNER TO \"{owner}\"", cancellationToken);
        await ExecuteAsync(connection, $"REVOKE ALL ON DATABASE \"{name}\" FROM PUBLIC", cancellationToken);
        await ExecuteAsync(connection, $"GRANT CONNECT, TEMPORARY ON DATABASE \"{name}\" TO \"{owner}\"", cancellationToken);
    }

    /// <summary>
    /// Before roles, the services migrated as the superuser, so a database from then holds tables the
    /// service's role could not change; they become its own (sequences of a column follow their table).
    /// </summary>
    private static Task HandOverAsync(NpgsqlConnection connection, string role, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, $$"""
            DO $$
            DECLARE item record;
            BEGIN
              FOR item IN
                SELECT n.nspname FROM pg_namespace n
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
                  AND pg_get_userbyid(n.nspowner) NOT IN ('{{role}}', 'pg_database_owner')
              LOOP
                EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, '{{role}}');
              END LOOP;
              FOR item IN
                SELECT c.oid::regclass AS relation, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
                  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND pg_get_userbyid(c.relowner) <> '{{role}}'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
              LOOP
                EXECUTE format('ALTER %s %s OWNER TO %I',
                  CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                  item.relation, '{{role}}');
              END LOOP;
              FOR item IN
                SELECT t.oid::regtype AS type FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
                  AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> '{{role}}'
              LOOP
                EXECUTE format('ALTER TYPE %s OWNER TO %I', item.type, '{{role}}');
              END LOOP;
            END $$
            """, cancellationToken);

    private static async Task<NpgsqlConnection> OpenAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Names are the app host's own constants or test prefixes; anything else is a mistake, not something to quote.</summary>
    private static string Checked(string name) =>
        SafeName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a plain PostgreSQL name (a-z, 0-9, _).", nameof(name));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SafeName();
}
