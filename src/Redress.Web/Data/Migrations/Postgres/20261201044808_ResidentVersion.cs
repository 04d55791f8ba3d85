using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResidentVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Residents",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "Residents");
        }
    }
}
