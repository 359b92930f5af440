using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Scheduling.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionStartIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sessions_starts_at",
                table: "sessions",
                column: "starts_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_starts_at",
                table: "sessions");
        }
    }
}
