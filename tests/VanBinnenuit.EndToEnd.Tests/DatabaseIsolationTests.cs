using Aspire.Hosting.Testing;
using Npgsql;
using AppHostInfrastructure = VanBinnenuit.AppHost.Infrastructure.Infrastructure;

namespace VanBinnenuit.EndToEnd.Tests;

/// <summary>
/// Least privilege in PostgreSQL: with the connection the app host gives a service, that service
/// reaches its own database and no other, and is no superuser that could grant itself the rest.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DatabaseIsolationTests(ObservedSystemFixture system)
{
    public static TheoryData<string> Connections => new(AppHostInfrastructure.DatabaseNames.Keys);

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task A_service_s_login_opens_its_own_database_and_is_refused_every_other(string connection)
    {
        var own = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync(connection)) { Pooling = false };

        await using (var database = new NpgsqlConnection(own.ConnectionString))
        {
            await database.OpenAsync();
            await using var who = new NpgsqlCommand(
                "SELECT r.rolsuper OR r.rolcreatedb OR r.rolcreaterole, pg_get_userbyid(d.datdba) FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()",
                database);
            await using var row = await who.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync());
            Assert.False(row.GetBoolean(0), $"{own.Username} may create databases or roles, or is a superuser.");
            Assert.Equal(own.Username, row.GetString(1));
        }

        foreach (var other in AppHostInfrastructure.DatabaseNames.Values.Where(name => name != own.Database).Append("postgres"))
        {
            await using var foreign = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(own.ConnectionString) { Database = other }.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => foreign.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }
}
