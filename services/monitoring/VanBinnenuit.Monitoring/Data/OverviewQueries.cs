using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VanBinnenuit.Monitoring.Domain.Disclosure;

namespace VanBinnenuit.Monitoring.Data;

/// <summary>The overview's figures as the database adds them up, each in one pass.</summary>
/// <remarks>Figures about people come as cells (true value and record keys), for <see cref="Domain.Disclosure.FigureProtection"/>.</remarks>
public sealed record OverviewFigures(
    int Sessions, CellSum Attendances, CellSum People, int Municipalities, int Leaders, CellSum FirstAttendance, CellSum ReturnedAtThird,
    IReadOnlyDictionary<string, int> SeriesStartedByStatus, int ReportsOverdue);

/// <summary>
/// The overview in hand-written SQL. Totals, retention, municipalities and leaders come from one pass
/// over <see cref="Domain.SeriesFacts"/> (a row per series with each session's date and counts, kept
/// by trigger), which counts any period exactly at a third of the rows of the reports themselves.
/// </summary>
public static class OverviewQueries
{
    public static async Task<OverviewFigures> ComputeAsync(this MonitoringDbContext db, IndicatorScope scope, DateTimeOffset dueBefore, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var perSeries = await SingleRowAsync(connection, """
            WITH f AS (
                SELECT f.*, s.municipality_code, s.leader_id,
                       coalesce(f.held_at1 >= @from AND f.held_at1 < @until, false) AS in1,
                       coalesce(f.held_at2 >= @from AND f.held_at2 < @until, false) AS in2,
                       coalesce(f.held_at3 >= @from AND f.held_at3 < @until, false) AS in3
                FROM series_facts f JOIN series s ON s.id = f.series_id
                WHERE @municipality::text IS NULL OR s.municipality_code = @municipality
            )
            SELECT coalesce(sum(in1::int + in2::int + in3::int), 0),
                   coalesce(sum(CASE WHEN in1 THEN attendance1 ELSE 0 END + CASE WHEN in2 THEN attendance2 ELSE 0 END + CASE WHEN in3 THEN attendance3 ELSE 0 END), 0),
                   coalesce(sum(CASE WHEN in1 THEN attendance1 - returned1 ELSE 0 END + CASE WHEN in2 THEN attendance2 - returned2 ELSE 0 END
                              + CASE WHEN in3 THEN attendance3 - returned3 ELSE 0 END), 0),
                   count(DISTINCT municipality_code) FILTER (WHERE in1 OR in2 OR in3),
                   count(DISTINCT leader_id) FILTER (WHERE in1 OR in2 OR in3),
                   coalesce(sum(attendance1) FILTER (WHERE in1 AND in3), 0),
                   coalesce(sum(returned3) FILTER (WHERE in1 AND in3), 0),
                   coalesce(sum(CASE WHEN in1 THEN key1 ELSE 0 END + CASE WHEN in2 THEN key2 ELSE 0 END + CASE WHEN in3 THEN key3 ELSE 0 END), 0),
                   coalesce(sum(key1) FILTER (WHERE in1 AND in3), 0),
                   coalesce(sum(key3) FILTER (WHERE in1 AND in3), 0)
            FROM f
            """, scope, null, cancellationToken);
        var started = new Dictionary<string, int>();
        await using (var command = Command(connection, """
            SELECT s.status, count(*) FROM series s JOIN series_sessions x ON x.series_id = s.id AND x.number = 1
            WHERE x.starts_at >= @from AND x.starts_at < @until AND (@municipality::text IS NULL OR s.municipality_code = @municipality)
            GROUP BY s.status
            """, scope, null))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                started[reader.GetString(0)] = (int)reader.GetInt64(1);
            }
        }
        var overdue = await SingleRowAsync(connection, """
            SELECT count(*) FROM series_sessions x JOIN series s ON s.id = x.series_id
            WHERE NOT x.reported AND x.status <> 'cancelled' AND x.ends_at < @due AND s.status IN ('planned', 'in-progress', 'completed')
              AND x.starts_at >= @from AND x.starts_at < @until AND (@municipality::text IS NULL OR s.municipality_code = @municipality)
              AND NOT x.reported
            """, scope, dueBefore, cancellationToken);
        var keys = perSeries[7];
        return new OverviewFigures((int)perSeries[0], new CellSum(perSeries[1], keys), new CellSum(perSeries[2], keys), (int)perSeries[3], (int)perSeries[4],
            new CellSum(perSeries[5], perSeries[8]), new CellSum(perSeries[6], perSeries[9]), started, (int)overdue[0]);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IndicatorScope scope, DateTimeOffset? due)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", scope.From);
        command.Parameters.AddWithValue("until", scope.Until);
        command.Parameters.Add(new NpgsqlParameter("municipality", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)scope.MunicipalityCode ?? DBNull.Value });
        if (due is { } d)
        {
            command.Parameters.AddWithValue("due", d);
        }
        return command;
    }

    private static async Task<long[]> SingleRowAsync(NpgsqlConnection connection, string sql, IndicatorScope scope, DateTimeOffset? due, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, scope, due);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))];
    }
}
