using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanBinnenuit.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class TokenKeyRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                table: "token_keys",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "token_keys");
        }
    }
}
