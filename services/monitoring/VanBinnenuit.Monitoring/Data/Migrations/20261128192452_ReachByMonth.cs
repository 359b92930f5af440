using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReachByMonth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "reported",
                table: "series_sessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "reach_by_month",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    dimension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    attendances = table.Column<long>(type: "bigint", nullable: false),
                    people = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reach_by_month", x => new { x.dimension, x.month, x.key });
                });

            migrationBuilder.CreateTable(
                name: "series_facts",
                columns: table => new
                {
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_at1 = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    held_at2 = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    held_at3 = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attendance1 = table.Column<int>(type: "integer", nullable: true),
                    attendance2 = table.Column<int>(type: "integer", nullable: true),
                    attendance3 = table.Column<int>(type: "integer", nullable: true),
                    returned1 = table.Column<int>(type: "integer", nullable: true),
                    returned2 = table.Column<int>(type: "integer", nullable: true),
                    returned3 = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_facts", x => x.series_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_series_sessions_ends_at",
                table: "series_sessions",
                column: "ends_at",
                filter: "NOT reported AND status <> 'cancelled'");

            // The rollup follows the current reports exactly: every insert, update or delete of a report,
            // and every change of a series' municipality, community, audience or themes, moves its
            // figures in the same transaction. A series' leader is not rolled up (it may change between sessions).
            migrationBuilder.Sql("""
                CREATE FUNCTION reach_add(m date, d text, k text, n integer, a bigint, p bigint) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO reach_by_month AS t (month, dimension, key, sessions, attendances, people) VALUES (m, d, k, n, a, p)
                    ON CONFLICT (dimension, month, key) DO UPDATE
                    SET sessions = t.sessions + EXCLUDED.sessions, attendances = t.attendances + EXCLUDED.attendances, people = t.people + EXCLUDED.people;
                $$;

                CREATE FUNCTION reach_apply(r session_reports, s series, sign integer) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    m date := date_trunc('month', r.session_date)::date;
                    a bigint := sign * r.attendance;
                    p bigint := sign * (r.attendance - r.returned);
                    t text;
                BEGIN
                    IF NOT r.is_current OR s.id IS NULL THEN
                        RETURN;
                    END IF;
                    PERFORM reach_add(m, 'total', '', sign, a, p);
                    PERFORM reach_add(m, 'municipality', s.municipality_code, sign, a, p);
                    PERFORM reach_add(m, 'community', s.community_id::text, sign, a, p);
                    PERFORM reach_add(m, 'audience', s.audience, sign, a, p);
                    FOREACH t IN ARRAY s.topic_codes LOOP
                        PERFORM reach_add(m, 'theme', t, sign, a, p);
                    END LOOP;
                END
                $$;

                -- A series' current reports side by side; recomputed from them whenever one changes.
                CREATE FUNCTION series_facts_refresh(refreshed uuid) RETURNS void LANGUAGE sql AS $$
                    DELETE FROM series_facts WHERE series_id = refreshed;
                    INSERT INTO series_facts (series_id, held_at1, held_at2, held_at3, attendance1, attendance2, attendance3, returned1, returned2, returned3)
                    SELECT series_id,
                           max(session_starts_at) FILTER (WHERE session_number = 1), max(session_starts_at) FILTER (WHERE session_number = 2),
                           max(session_starts_at) FILTER (WHERE session_number = 3),
                           max(attendance) FILTER (WHERE session_number = 1), max(attendance) FILTER (WHERE session_number = 2),
                           max(attendance) FILTER (WHERE session_number = 3),
                           max(returned) FILTER (WHERE session_number = 1), max(returned) FILTER (WHERE session_number = 2),
                           max(returned) FILTER (WHERE session_number = 3)
                    FROM session_reports WHERE series_id = refreshed AND is_current GROUP BY series_id;
                UPDATE series_sessions x SET reported = EXISTS (
                    SELECT 1 FROM session_reports r WHERE r.series_id = x.series_id AND r.session_number = x.number AND r.is_current)
                WHERE x.series_id = refreshed;
                $$;

                CREATE FUNCTION session_reports_reach() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE s series;
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        SELECT * INTO s FROM series WHERE id = OLD.series_id;
                        PERFORM reach_apply(OLD, s, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        SELECT * INTO s FROM series WHERE id = NEW.series_id;
                        PERFORM reach_apply(NEW, s, 1);
                    END IF;
                    PERFORM series_facts_refresh(CASE WHEN TG_OP = 'DELETE' THEN OLD.series_id ELSE NEW.series_id END);
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER session_reports_reach AFTER INSERT OR UPDATE OR DELETE ON session_reports
                    FOR EACH ROW EXECUTE FUNCTION session_reports_reach();

                CREATE FUNCTION series_reach() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE r session_reports;
                BEGIN
                    FOR r IN SELECT * FROM session_reports WHERE series_id = NEW.id AND is_current LOOP
                        PERFORM reach_apply(r, OLD, -1);
                        PERFORM reach_apply(r, NEW, 1);
                    END LOOP;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER series_reach AFTER UPDATE OF municipality_code, community_id, audience, topic_codes ON series
                    FOR EACH ROW WHEN ((OLD.municipality_code, OLD.community_id, OLD.audience, OLD.topic_codes)
                                   IS DISTINCT FROM (NEW.municipality_code, NEW.community_id, NEW.audience, NEW.topic_codes))
                    EXECUTE FUNCTION series_reach();

                -- Recounts the whole rollup and the series facts from the reports in one set-based pass: for the reports written
                -- before this migration, and for an operator after a bulk load with the trigger disabled.
                CREATE FUNCTION reach_rebuild() RETURNS void LANGUAGE sql AS $$
                    DELETE FROM reach_by_month;
                    INSERT INTO reach_by_month (month, dimension, key, sessions, attendances, people)
                    SELECT date_trunc('month', r.session_date)::date, d.dimension, d.key, count(*), sum(r.attendance), sum(r.attendance - r.returned)
                    FROM session_reports r
                    JOIN series s ON s.id = r.series_id
                    CROSS JOIN LATERAL (
                        SELECT 'total', '' UNION ALL SELECT 'municipality', s.municipality_code UNION ALL SELECT 'community', s.community_id::text
                        UNION ALL SELECT 'audience', s.audience UNION ALL SELECT 'theme', t FROM unnest(s.topic_codes) AS t
                    ) AS d(dimension, key)
                    WHERE r.is_current
                    GROUP BY 1, 2, 3;
                    DELETE FROM series_facts;
                    INSERT INTO series_facts (series_id, held_at1, held_at2, held_at3, attendance1, attendance2, attendance3, returned1, returned2, returned3)
                    SELECT series_id,
                           max(session_starts_at) FILTER (WHERE session_number = 1), max(session_starts_at) FILTER (WHERE session_number = 2),
                           max(session_starts_at) FILTER (WHERE session_number = 3),
                           max(attendance) FILTER (WHERE session_number = 1), max(attendance) FILTER (WHERE session_number = 2),
                           max(attendance) FILTER (WHERE session_number = 3),
                           max(returned) FILTER (WHERE session_number = 1), max(returned) FILTER (WHERE session_number = 2),
                           max(returned) FILTER (WHERE session_number = 3)
                    FROM session_reports WHERE is_current GROUP BY series_id;
                    UPDATE series_sessions x SET reported = EXISTS (
                        SELECT 1 FROM session_reports r WHERE r.series_id = x.series_id AND r.session_number = x.number AND r.is_current);
                $$;
                SELECT reach_rebuild();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER series_reach ON series;
                DROP FUNCTION series_reach();
                DROP TRIGGER session_reports_reach ON session_reports;
                DROP FUNCTION session_reports_reach();
                DROP FUNCTION reach_rebuild();
                DROP FUNCTION series_facts_refresh(uuid);
                DROP FUNCTION reach_apply(session_reports, series, integer);
                DROP FUNCTION reach_add(date, text, text, integer, bigint, bigint);
                """);

            migrationBuilder.DropTable(
                name: "reach_by_month");

            migrationBuilder.DropTable(
                name: "series_facts");

            migrationBuilder.DropIndex(
                name: "ix_series_sessions_ends_at",
                table: "series_sessions");

            migrationBuilder.DropColumn(
                name: "reported",
                table: "series_sessions");
        }
    }
}
