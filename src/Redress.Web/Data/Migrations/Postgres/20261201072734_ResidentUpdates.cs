using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResidentUpdates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextUpdateOn",
                table: "Complaints",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ResidentUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextUpdateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    About = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidentUpdates_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_NextUpdateOn_HandlerId",
                table: "Complaints",
                columns: new[] { "NextUpdateOn", "HandlerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentUpdates_ComplaintId",
                table: "ResidentUpdates",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ResidentUpdates_SentOn_DueOn_ComplaintId",
                table: "ResidentUpdates",
                columns: new[] { "SentOn", "DueOn", "ComplaintId" });

            // Complaints with outstanding actions owe the resident an update by the earliest action's date (Code 6.6, 6.17).
            // Those extended before this version get their interval's date at their next change.
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "NextUpdateOn" =
                    (SELECT MIN(a."DueOn") FROM "OutstandingActions" a WHERE a."ComplaintId" = "Complaints"."Id" AND a."CompletedOn" IS NULL)
                WHERE "Status" NOT IN ('Withdrawn', 'NotAccepted');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResidentUpdates");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_NextUpdateOn_HandlerId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "NextUpdateOn",
                table: "Complaints");
        }
    }
}
