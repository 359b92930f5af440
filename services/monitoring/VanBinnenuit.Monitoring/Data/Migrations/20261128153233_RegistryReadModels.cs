using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Monitoring.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistryReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "successor_codes",
                table: "municipality_references",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_to",
                table: "municipality_references",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "community_references",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    municipality_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_community_references", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organisation_references",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    community_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    municipality_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_references", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_community_references_municipality_codes",
                table: "community_references",
                column: "municipality_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_organisation_references_municipality_codes",
                table: "organisation_references",
                column: "municipality_codes")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_references");

            migrationBuilder.DropTable(
                name: "organisation_references");

            migrationBuilder.DropColumn(
                name: "successor_codes",
                table: "municipality_references");

            migrationBuilder.DropColumn(
                name: "valid_to",
                table: "municipality_references");
        }
    }
}
