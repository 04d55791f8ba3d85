using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeasureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn",
                table: "Remedies",
                column: "OfferedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_AcknowledgedOn",
                table: "ComplaintStages",
                column: "AcknowledgedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn",
                table: "Complaints",
                columns: new[] { "ClosureKind", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RefusedOn",
                table: "Complaints",
                columns: new[] { "Status", "RefusedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Remedies_OfferedOn",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_AcknowledgedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Status_RefusedOn",
                table: "Complaints");
        }
    }
}
