using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Scheduling.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneSeriesPerAdviceRequest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_series_advice_request_id",
                table: "series",
                column: "advice_request_id",
                unique: true,
                filter: "advice_request_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_series_advice_request_id",
                table: "series");
        }
    }
}
