using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace VanBinnenuit.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeriesReportsAndAttitudes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "series",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    community_id = table.Column<Guid>(type: "uuid", nullable: false),
                    audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topic_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    leader_id = table.Column<Guid>(type: "uuid", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "session_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_number = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    session_starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    session_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attendance = table.Column<int>(type: "integer", nullable: false),
                    returned = table.Column<int>(type: "integer", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    topic_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    safety = table.Column<int>(type: "integer", nullable: false),
                    follow_up_needed = table.Column<bool>(type: "boolean", nullable: false),
                    reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    correction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    by_age_from18to29 = table.Column<int>(type: "integer", nullable: false),
                    by_age_from30to49 = table.Column<int>(type: "integer", nullable: false),
                    by_age_from50to64 = table.Column<int>(type: "integer", nullable: false),
                    by_age_from65 = table.Column<int>(type: "integer", nullable: false),
                    by_age_not_stated = table.Column<int>(type: "integer", nullable: false),
                    by_age_under18 = table.Column<int>(type: "integer", nullable: false),
                    by_gender_men = table.Column<int>(type: "integer", nullable: false),
                    by_gender_not_stated = table.Column<int>(type: "integer", nullable: false),
                    by_gender_other = table.Column<int>(type: "integer", nullable: false),
                    by_gender_women = table.Column<int>(type: "integer", nullable: false),
                    referrals = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "series_sessions",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_series_sessions", x => new { x.series_id, x.number });
                    table.ForeignKey(
                        name: "fk_series_sessions_series_series_id",
                        column: x => x.series_id,
                        principalTable: "series",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attitude_histograms",
                columns: table => new
                {
                    series_id = table.Column<Guid>(type: "uuid", nullable: false),
                    moment = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    statement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counts = table.Column<int[]>(type: "integer[]", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attitude_histograms", x => new { x.series_id, x.moment, x.statement_id });
                    table.ForeignKey(
                        name: "fk_attitude_histograms_statements_statement_id",
                        column: x => x.statement_id,
                        principalTable: "statements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "statements",
                columns: new[] { "id", "active", "code", "order", "text" },
                values: new object[,]
                {
                    { new Guid("01930000-0000-7000-8000-000000005101"), true, "partner-choice", 1, "Iedereen mag zelf kiezen met wie hij of zij trouwt of een relatie heeft." },
                    { new Guid("01930000-0000-7000-8000-000000005102"), true, "gender-equality", 2, "Vrouwen en mannen zijn gelijkwaardig." },
                    { new Guid("01930000-0000-7000-8000-000000005103"), true, "lgbt-acceptance", 3, "Lesbische, homoseksuele, biseksuele en transgender mensen horen er gewoon bij." },
                    { new Guid("01930000-0000-7000-8000-000000005104"), true, "speaking-up-about-violence", 4, "Als er geweld is in een gezin, is het goed om erover te praten en hulp te zoeken." }
                });

            migrationBuilder.CreateIndex(
                name: "ix_attitude_histograms_statement_id",
                table: "attitude_histograms",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_series_leader_id",
                table: "series",
                column: "leader_id");

            migrationBuilder.CreateIndex(
                name: "ix_series_municipality_code",
                table: "series",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_series_sessions_starts_at",
                table: "series_sessions",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_session_reports_series_id_session_number_version",
                table: "session_reports",
                columns: new[] { "series_id", "session_number", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_reports_session_starts_at",
                table: "session_reports",
                column: "session_starts_at",
                filter: "is_current");

            migrationBuilder.CreateIndex(
                name: "ix_statements_code",
                table: "statements",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attitude_histograms");

            migrationBuilder.DropTable(
                name: "series_sessions");

            migrationBuilder.DropTable(
                name: "session_reports");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "series");
        }
    }
}
