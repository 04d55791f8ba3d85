using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
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
                type: "character varying(320)",
                maxLength: 320,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Residents",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_EmailKey",
                table: "Residents",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_PhoneKey",
                table: "Residents",
                column: "PhoneKey");

            foreach (var sql in AccentFold.Sql(postgres: true))
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
