using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContactSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Residents",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Residents",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_EmailKey",
                table: "Residents",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_PhoneKey",
                table: "Residents",
                column: "PhoneKey");

            foreach (var sql in AccentFold.Sql(postgres: false))
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_EmailKey",
                table: "Residents");

            migrationBuilder.DropIndex(
                name: "IX_Residents_PhoneKey",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Residents");
        }
    }
}
