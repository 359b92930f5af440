using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace VanBinnenuit.AdviceRequests.Data.Migrations
{
    /// <inheritdoc />
    public partial class AdviceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advice_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    entered_on_behalf = table.Column<bool>(type: "boolean", nullable: false),
                    community_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    organisation_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    topic_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    approach_step = table.Column<int>(type: "integer", nullable: false),
                    question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    hopes = table.Column<List<string>>(type: "text[]", nullable: false),
                    hopes_other = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    desired_from = table.Column<DateOnly>(type: "date", nullable: true),
                    desired_until = table.Column<DateOnly>(type: "date", nullable: true),
                    timing_note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    advice_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    advice_steps = table.Column<List<int>>(type: "integer[]", nullable: true),
                    advice_pitfall_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: true),
                    advice_good_example_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: true),
                    advice_recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    advice_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    series_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    series_series_id = table.Column<Guid>(type: "uuid", nullable: true),
                    series_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    series_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_advisor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    result = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    advice_given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_advice_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_base",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    is_placeholder = table.Column<bool>(type: "boolean", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_base", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_trail",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    who = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    before = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    after = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    advice_request_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_trail", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_trail_advice_requests_advice_request_id",
                        column: x => x.advice_request_id,
                        principalTable: "advice_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    advice_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    added_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    added_by_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_documents_advice_requests_advice_request_id",
                        column: x => x.advice_request_id,
                        principalTable: "advice_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    advice_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    author_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    author_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    @internal = table.Column<bool>(name: "internal", type: "boolean", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_messages_advice_requests_advice_request_id",
                        column: x => x.advice_request_id,
                        principalTable: "advice_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "knowledge_base",
                columns: new[] { "id", "body", "is_placeholder", "kind", "number", "title", "updated_at", "updated_by" },
                values: new object[,]
                {
                    { new Guid("01930000-0000-7000-8000-00000000b001"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Step", 1, "Stap 1 van de aanpak [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b002"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Step", 2, "Stap 2 van de aanpak [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b003"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Step", 3, "Stap 3 van de aanpak [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b004"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Step", 4, "Stap 4 van de aanpak [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b005"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Role", 1, "De rol van de gemeente [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b006"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Role", 2, "De rol van professionele instellingen [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b007"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Role", 3, "De rol van migranten- en vluchtelingenorganisaties [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b008"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Pitfall", 1, "Valkuil 1 [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b009"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "Pitfall", 2, "Valkuil 2 [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b00a"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "GoodExample", 1, "Goed voorbeeld 1 [plaatshouder]", null, null },
                    { new Guid("01930000-0000-7000-8000-00000000b00b"), "[Plaatshouder] Deze tekst vult de alliantie in vanuit de handreiking 'Advies op maat' van Verandering van Binnenuit. Er staat hier nog geen inhoud van de handreiking; citeer deze tekst niet.", true, "GoodExample", 2, "Goed voorbeeld 2 [plaatshouder]", null, null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_advice_requests_municipality_code",
                table: "advice_requests",
                column: "municipality_code");

            migrationBuilder.CreateIndex(
                name: "ix_advice_requests_status_assigned_advisor",
                table: "advice_requests",
                columns: new[] { "status", "assigned_advisor" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_advice_request_id",
                table: "audit_trail",
                column: "advice_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_advice_request_id",
                table: "documents",
                column: "advice_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_messages_advice_request_id_at",
                table: "messages",
                columns: new[] { "advice_request_id", "at" });

            // The audit trail is written once and never changed: the database itself refuses UPDATE,
            // DELETE and TRUNCATE of it, whatever code (or person) tries.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_trail_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail of an advice request is never changed or deleted.' USING ERRCODE = 'insufficient_privilege';
                END
                $$;
                CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
                    FOR EACH ROW EXECUTE FUNCTION audit_trail_is_append_only();
                CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_is_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_trail_no_truncate ON audit_trail;
                DROP TRIGGER audit_trail_append_only ON audit_trail;
                DROP FUNCTION audit_trail_is_append_only();
                """);

            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "knowledge_base");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "advice_requests");
        }
    }
}
