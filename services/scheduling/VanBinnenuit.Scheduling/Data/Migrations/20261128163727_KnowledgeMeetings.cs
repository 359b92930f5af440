using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Scheduling.Data.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_meeting_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    municipality_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    knowledge_meeting_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_meeting_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_meeting_registrations_knowledge_meetings_knowledg",
                        column: x => x.knowledge_meeting_id,
                        principalTable: "knowledge_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_meeting_registrations_knowledge_meeting_id_subject",
                table: "knowledge_meeting_registrations",
                columns: new[] { "knowledge_meeting_id", "subject" },
                unique: true,
                filter: "cancelled_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_meeting_registrations");

            migrationBuilder.DropTable(
                name: "knowledge_meetings");
        }
    }
}
