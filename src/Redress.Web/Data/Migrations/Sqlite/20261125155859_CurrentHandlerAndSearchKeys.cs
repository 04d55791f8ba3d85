using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CurrentHandlerAndSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_Name",
                table: "Residents");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Residents",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Residents",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SurnameKey",
                table: "Residents",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "HandlerId",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            // The current stage's handler, for complaints saved before the column existed.
            migrationBuilder.Sql("UPDATE \"Complaints\" SET \"HandlerId\" = (SELECT s.\"HandlerId\" FROM \"ComplaintStages\" s WHERE s.\"ComplaintId\" = \"Complaints\".\"Id\" AND s.\"Number\" = \"Complaints\".\"Stage\")");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_NameKey",
                table: "Residents",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_Postcode",
                table: "Residents",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_SurnameKey",
                table: "Residents",
                column: "SurnameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerId_ReceivedOn",
                table: "Complaints",
                columns: new[] { "HandlerId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerId_Status_NextDueOn",
                table: "Complaints",
                columns: new[] { "HandlerId", "Status", "NextDueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_NameKey",
                table: "Residents");

            migrationBuilder.DropIndex(
                name: "IX_Residents_Postcode",
                table: "Residents");

            migrationBuilder.DropIndex(
                name: "IX_Residents_SurnameKey",
                table: "Residents");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_HandlerId_ReceivedOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_HandlerId_Status_NextDueOn",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "SurnameKey",
                table: "Residents");

            migrationBuilder.DropColumn(
                name: "HandlerId",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_Name",
                table: "Residents",
                column: "Name");
        }
    }
}
