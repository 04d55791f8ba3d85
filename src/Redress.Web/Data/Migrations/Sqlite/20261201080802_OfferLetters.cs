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
            // SQLite cannot make a column nullable or add a check in place: the table is rebuilt. Written by hand, in the
            // migration's own transaction, because EF's rebuild turns foreign keys off outside any transaction (and
            // warns at every fresh start). Nothing refers to Letters, so it can be dropped with foreign keys on.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_Letters" (
                    "Id" TEXT NOT NULL CONSTRAINT "PK_Letters" PRIMARY KEY,
                    "ComplaintId" TEXT NULL,
                    "Delivery" TEXT NOT NULL,
                    "EmailAttempts" INTEGER NOT NULL,
                    "EmailClaimedAtUtc" TEXT NULL,
                    "EmailError" TEXT NULL,
                    "EmailedAtUtc" TEXT NULL,
                    "ExternalReference" TEXT NULL,
                    "FeedbackId" TEXT NULL,
                    "FormatRequested" TEXT NULL,
                    "FormatSentOn" TEXT NULL,
                    "Html" TEXT NOT NULL,
                    "IssuedAtUtc" TEXT NOT NULL,
                    "IssuedBy" TEXT NOT NULL,
                    "IssuedById" TEXT NULL,
                    "IssuedExternally" INTEGER NOT NULL,
                    "IssuedOn" TEXT NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "LargePrint" INTEGER NOT NULL,
                    "Number" INTEGER NOT NULL,
                    "Pdf" BLOB NULL,
                    "PostedOn" TEXT NULL,
                    "Recipient" TEXT NOT NULL,
                    "RecipientAddress" TEXT NULL,
                    "RecipientEmail" TEXT NULL,
                    "ServiceRequestId" TEXT NULL,
                    "Sha256" TEXT NULL,
                    "Stage" INTEGER NULL,
                    "TemplateVersion" INTEGER NULL,
                    "Text" TEXT NOT NULL,
                    "Title" TEXT NOT NULL,
                    CONSTRAINT "CK_Letters_AboutOneThing" CHECK ((CASE WHEN "ComplaintId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "FeedbackId" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN "ServiceRequestId" IS NULL THEN 0 ELSE 1 END) = 1),
                    CONSTRAINT "FK_Letters_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_Letters_Feedback_FeedbackId" FOREIGN KEY ("FeedbackId") REFERENCES "Feedback" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_Letters_ServiceRequests_ServiceRequestId" FOREIGN KEY ("ServiceRequestId") REFERENCES "ServiceRequests" ("Id") ON DELETE RESTRICT
                );

                INSERT INTO "ef_temp_Letters" ("Id", "ComplaintId", "Delivery", "EmailAttempts", "EmailClaimedAtUtc", "EmailError", "EmailedAtUtc", "ExternalReference", "FeedbackId", "FormatRequested", "FormatSentOn", "Html", "IssuedAtUtc", "IssuedBy", "IssuedById", "IssuedExternally", "IssuedOn", "Kind", "LargePrint", "Number", "Pdf", "PostedOn", "Recipient", "RecipientAddress", "RecipientEmail", "ServiceRequestId", "Sha256", "Stage", "TemplateVersion", "Text", "Title")
                SELECT "Id", "ComplaintId", "Delivery", "EmailAttempts", "EmailClaimedAtUtc", "EmailError", "EmailedAtUtc", "ExternalReference", NULL, "FormatRequested", "FormatSentOn", "Html", "IssuedAtUtc", "IssuedBy", "IssuedById", "IssuedExternally", "IssuedOn", "Kind", "LargePrint", "Number", "Pdf", "PostedOn", "Recipient", "RecipientAddress", "RecipientEmail", NULL, "Sha256", "Stage", "TemplateVersion", "Text", "Title"
                FROM "Letters";
                """);
            migrationBuilder.Sql("""DROP TABLE "Letters";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_Letters" RENAME TO "Letters";""");
            migrationBuilder.Sql("""CREATE UNIQUE INDEX "IX_Letters_ComplaintId_Number" ON "Letters" ("ComplaintId", "Number");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Letters_Delivery_EmailedAtUtc" ON "Letters" ("Delivery", "EmailedAtUtc");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Letters_FeedbackId" ON "Letters" ("FeedbackId");""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Letters_ServiceRequestId" ON "Letters" ("ServiceRequestId");""");
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
