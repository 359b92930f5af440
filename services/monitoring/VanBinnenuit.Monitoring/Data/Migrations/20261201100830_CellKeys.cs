using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class CellKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "record_key",
                table: "session_reports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "key1",
                table: "series_facts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "key2",
                table: "series_facts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "key3",
                table: "series_facts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "record_keys",
                table: "reach_by_month",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "record_key",
                table: "attitude_histograms",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "exact_figure_reads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exact_figure_reads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exact_figure_reads_at",
                table: "exact_figure_reads",
                column: "at");

            // Reports written before record keys: one random key per report (every version of it the same),
            // one per histogram. Then the rollups carry the sum of the keys they count, so any cell made of
            // rollup rows has the same cell key as a recount of its reports.
            migrationBuilder.Sql("""
                UPDATE session_reports r SET record_key = k.key
                FROM (SELECT series_id, session_number, floor(random() * 4294967296)::bigint AS key
                      FROM session_reports GROUP BY series_id, session_number) k
                WHERE k.series_id = r.series_id AND k.session_number = r.session_number;
                UPDATE attitude_histograms SET record_key = floor(random() * 4294967296)::bigint;

                DROP TRIGGER series_reach ON series;
                DROP FUNCTION series_reach();
                DROP TRIGGER session_reports_reach ON session_reports;
                DROP FUNCTION session_reports_reach();
                DROP FUNCTION reach_apply(session_reports, series, integer);
                DROP FUNCTION reach_add(date, text, text, integer, bigint, bigint);

                CREATE FUNCTION reach_add(m date, d text, k text, n integer, a bigint, p bigint, keys bigint) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO reach_by_month AS t (month, dimension, key, sessions, attendances, people, record_keys) VALUES (m, d, k, n, a, p, keys)
                    ON CONFLICT (dimension, month, key) DO UPDATE
                    SET sessions = t.sessions + EXCLUDED.sessions, attendances = t.attendances + EXCLUDED.attendances, people = t.people + EXCLUDED.people,
                        record_keys = t.record_keys + EXCLUDED.record_keys;
                $$;

                CREATE FUNCTION reach_apply(r session_reports, s series, sign integer) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    m date := date_trunc('month', r.session_date)::date;
                    a bigint := sign * r.attendance;
                    p bigint := sign * (r.attendance - r.returned);
                    keys bigint := sign * r.record_key;
                    t text;
                BEGIN
                    IF NOT r.is_current OR s.id IS NULL THEN
                        RETURN;
                    END IF;
                    PERFORM reach_add(m, 'total', '', sign, a, p, keys);
                    PERFORM reach_add(m, 'municipality', s.municipality_code, sign, a, p, keys);
                    PERFORM reach_add(m, 'community', s.community_id::text, sign, a, p, keys);
                    PERFORM reach_add(m, 'audience', s.audience, sign, a, p, keys);
                    FOREACH t IN ARRAY s.topic_codes LOOP
                        PERFORM reach_add(m, 'theme', t, sign, a, p, keys);
                    END LOOP;
                END
                $$;

                CREATE OR REPLACE FUNCTION series_facts_refresh(refreshed uuid) RETURNS void LANGUAGE sql AS $$
                    DELETE FROM series_facts WHERE series_id = refreshed;
                    INSERT INTO series_facts (series_id, held_at1, held_at2, held_at3, attendance1, attendance2, attendance3, returned1, returned2, returned3, key1, key2, key3)
                    SELECT series_id,
                           max(session_starts_at) FILTER (WHERE session_number = 1), max(session_starts_at) FILTER (WHERE session_number = 2),
                           max(session_starts_at) FILTER (WHERE session_number = 3),
                           max(attendance) FILTER (WHERE session_number = 1), max(attendance) FILTER (WHERE session_number = 2),
                           max(attendance) FILTER (WHERE session_number = 3),
                           max(returned) FILTER (WHERE session_number = 1), max(returned) FILTER (WHERE session_number = 2),
                           max(returned) FILTER (WHERE session_number = 3),
                           max(record_key) FILTER (WHERE session_number = 1), max(record_key) FILTER (WHERE session_number = 2),
                           max(record_key) FILTER (WHERE session_number = 3)
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

                CREATE OR REPLACE FUNCTION reach_rebuild() RETURNS void LANGUAGE sql AS $$
                    DELETE FROM reach_by_month;
                    INSERT INTO reach_by_month (month, dimension, key, sessions, attendances, people, record_keys)
                    SELECT date_trunc('month', r.session_date)::date, d.dimension, d.key, count(*), sum(r.attendance), sum(r.attendance - r.returned), sum(r.record_key)
                    FROM session_reports r
                    JOIN series s ON s.id = r.series_id
                    CROSS JOIN LATERAL (
                        SELECT 'total', '' UNION ALL SELECT 'municipality', s.municipality_code UNION ALL SELECT 'community', s.community_id::text
                        UNION ALL SELECT 'audience', s.audience UNION ALL SELECT 'theme', t FROM unnest(s.topic_codes) AS t
                    ) AS d(dimension, key)
                    WHERE r.is_current
                    GROUP BY 1, 2, 3;
                    DELETE FROM series_facts;
                    INSERT INTO series_facts (series_id, held_at1, held_at2, held_at3, attendance1, attendance2, attendance3, returned1, returned2, returned3, key1, key2, key3)
                    SELECT series_id,
                           max(session_starts_at) FILTER (WHERE session_number = 1), max(session_starts_at) FILTER (WHERE session_number = 2),
                           max(session_starts_at) FILTER (WHERE session_number = 3),
                           max(attendance) FILTER (WHERE session_number = 1), max(attendance) FILTER (WHERE session_number = 2),
                           max(attendance) FILTER (WHERE session_number = 3),
                           max(returned) FILTER (WHERE session_number = 1), max(returned) FILTER (WHERE session_number = 2),
                           max(returned) FILTER (WHERE session_number = 3),
                           max(record_key) FILTER (WHERE session_number = 1), max(record_key) FILTER (WHERE session_number = 2),
                           max(record_key) FILTER (WHERE session_number = 3)
                    FROM session_reports WHERE is_current GROUP BY series_id;
                    UPDATE series_sessions x SET reported = EXISTS (
                        SELECT 1 FROM session_reports r WHERE r.series_id = x.series_id AND r.session_number = x.number AND r.is_current);
                $$;
                SELECT reach_rebuild();

                -- The log of exact figures is evidence: it is added to, never changed.
                CREATE FUNCTION exact_figure_reads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'exact_figure_reads is append-only';
                END
                $$;
                CREATE TRIGGER exact_figure_reads_append_only BEFORE UPDATE OR DELETE ON exact_figure_reads
                    FOR EACH ROW EXECUTE FUNCTION exact_figure_reads_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The triggers of ReachByMonth without keys are not restored: going back means rebuilding from that migration.
            migrationBuilder.Sql("""
                DROP TRIGGER exact_figure_reads_append_only ON exact_figure_reads;
                DROP FUNCTION exact_figure_reads_append_only();
                """);
            migrationBuilder.DropTable(
                name: "exact_figure_reads");

            migrationBuilder.DropColumn(
                name: "record_key",
                table: "session_reports");

            migrationBuilder.DropColumn(
                name: "key1",
                table: "series_facts");

            migrationBuilder.DropColumn(
                name: "key2",
                table: "series_facts");

            migrationBuilder.DropColumn(
                name: "key3",
                table: "series_facts");

            migrationBuilder.DropColumn(
                name: "record_keys",
                table: "reach_by_month");

            migrationBuilder.DropColumn(
                name: "record_key",
                table: "attitude_histograms");
        }
    }
}
