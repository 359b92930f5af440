using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Scheduling.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionsReportedAhead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "reported",
                table: "sessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reported",
                table: "sessions");
        }
    }
}
