using Npgsql;
using VanBinnenuit.AppHost.Infrastructure;
using VanBinnenuit.Testing;
using AppHostInfrastructure = VanBinnenuit.AppHost.Infrastructure.Infrastructure;

namespace VanBinnenuit.Messaging.Tests;

/// <summary>
/// The app host's provisioning of a service's role, against real PostgreSQL: a database the service
/// once migrated as the superuser becomes the role's own, so its next migration can change it, and
/// the role stays refused everywhere else.
/// </summary>
[Collection(MessagingCollection.Name)]
public sealed class DatabaseRolesTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_database_from_before_roles_is_handed_to_the_service_s_role_which_can_migrate_it_and_open_nothing_else()
    {
        var admin = new NpgsqlConnectionStringBuilder(await infrastructure.ConnectionStringAsync(AppHostInfrastructure.AdminConnectionName)) { Pooling = false };
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var database = $"handover_{suffix}";
        await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {database}");
        // As EF Core migrations left it as the superuser: a table with an identity column, a plain sequence, a view and an enum type.
        var asBefore = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString;
        await ExecuteAsync(asBefore, """
            CREATE TYPE mood AS ENUM ('calm', 'busy');
            CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text text NOT NULL, mood mood);
            CREATE SEQUENCE numbers;
            CREATE VIEW note_texts AS SELECT text FROM notes;
            CREATE SCHEMA outbox;
            CREATE TABLE outbox.messages (id uuid PRIMARY KEY);
            INSERT INTO notes (text) VALUES ('before');
            """);

        var role = new DatabaseRole(database, $"role_{suffix}", Guid.NewGuid().ToString("N"));
        await DatabaseRoles.ProvisionAsync(admin.ConnectionString, [role], CancellationToken.None);
        // Twice, as at every start: nothing fails the second time and the new password holds.
        role = role with { Password = Guid.NewGuid().ToString("N") };
        await DatabaseRoles.ProvisionAsync(admin.ConnectionString, [role], CancellationToken.None);

        var asRole = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database, Username = role.Role, Password = role.Password }.ConnectionString;
        await ExecuteAsync(asRole, """
            ALTER TABLE notes ADD COLUMN written_at timestamptz;
            INSERT INTO notes (text, mood) VALUES ('after', 'busy');
            SELECT nextval('numbers');
            CREATE OR REPLACE VIEW note_texts AS SELECT text, mood FROM notes;
            ALTER TYPE mood ADD VALUE 'quiet';
            ALTER TABLE outbox.messages ADD COLUMN sent boolean;
            CREATE TABLE outbox.more (id int);
            """);

        foreach (var other in AppHostInfrastructure.DatabaseNames.Values.Append("postgres"))
        {
            await using var foreign = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(asRole) { Database = other }.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => foreign.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
        var noDatabase = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asRole, $"CREATE DATABASE other_{suffix}"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, noDatabase.SqlState);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
