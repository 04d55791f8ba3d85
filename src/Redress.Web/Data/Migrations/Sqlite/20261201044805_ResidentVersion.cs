using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
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
