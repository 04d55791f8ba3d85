using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "ComplaintId",
                table: "Letters",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "FeedbackId",
                table: "Letters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceRequestId",
                table: "Letters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Letters_FeedbackId",
                table: "Letters",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_ServiceRequestId",
                table: "Letters",
                column: "ServiceRequestId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Letters_AboutOneThing",
                table: "Letters",
                sql: "(CASE WHEN \"ComplaintId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"FeedbackId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"ServiceRequestId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.AddForeignKey(
                name: "FK_Letters_Feedback_FeedbackId",
                table: "Letters",
                column: "FeedbackId",
                principalTable: "Feedback",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Letters_ServiceRequests_ServiceRequestId",
                table: "Letters",
                column: "ServiceRequestId",
                principalTable: "ServiceRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Letters_Feedback_FeedbackId",
                table: "Letters");

            migrationBuilder.DropForeignKey(
                name: "FK_Letters_ServiceRequests_ServiceRequestId",
                table: "Letters");

            migrationBuilder.DropIndex(
                name: "IX_Letters_FeedbackId",
                table: "Letters");

            migrationBuilder.DropIndex(
                name: "IX_Letters_ServiceRequestId",
                table: "Letters");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Letters_AboutOneThing",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "FeedbackId",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "ServiceRequestId",
                table: "Letters");

            migrationBuilder.AlterColumn<Guid>(
                name: "ComplaintId",
                table: "Letters",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
