using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Remedies_CompletedOn_DueOn",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_Remedies_OfferedOn",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_AcknowledgedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_RequestedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_RespondedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ReceivedOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Status_RefusedOn",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence",
                table: "Remedies",
                columns: new[] { "CompletedOn", "DueOn", "PaidPence" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn_AmountPence",
                table: "Remedies",
                columns: new[] { "OfferedOn", "AmountPence" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_AcknowledgedOn_Number_AcknowledgeBy",
                table: "ComplaintStages",
                columns: new[] { "AcknowledgedOn", "Number", "AcknowledgeBy" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RequestedOn_Number",
                table: "ComplaintStages",
                columns: new[] { "RequestedOn", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RespondedOn_Number_RespondBy_Decision_ExtendedWorkingDays_AcknowledgedOn",
                table: "ComplaintStages",
                columns: new[] { "RespondedOn", "Number", "RespondBy", "Decision", "ExtendedWorkingDays", "AcknowledgedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn_RefusalReason",
                table: "Complaints",
                columns: new[] { "ClosureKind", "ClosedOn", "RefusalReason" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedOn_Status_Category",
                table: "Complaints",
                columns: new[] { "ReceivedOn", "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RefusedOn_RefusalReason",
                table: "Complaints",
                columns: new[] { "Status", "RefusedOn", "RefusalReason" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_Remedies_OfferedOn_AmountPence",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_AcknowledgedOn_Number_AcknowledgeBy",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_RequestedOn_Number",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_RespondedOn_Number_RespondBy_Decision_ExtendedWorkingDays_AcknowledgedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn_RefusalReason",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ReceivedOn_Status_Category",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Status_RefusedOn_RefusalReason",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CompletedOn_DueOn",
                table: "Remedies",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn",
                table: "Remedies",
                column: "OfferedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_AcknowledgedOn",
                table: "ComplaintStages",
                column: "AcknowledgedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RequestedOn",
                table: "ComplaintStages",
                column: "RequestedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RespondedOn",
                table: "ComplaintStages",
                column: "RespondedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn",
                table: "Complaints",
                columns: new[] { "ClosureKind", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedOn",
                table: "Complaints",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RefusedOn",
                table: "Complaints",
                columns: new[] { "Status", "RefusedOn" });
        }
    }
}
