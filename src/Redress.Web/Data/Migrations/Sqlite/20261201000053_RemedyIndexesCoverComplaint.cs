using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemedyIndexesCoverComplaint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_Remedies_OfferedOn_AmountPence",
                table: "Remedies");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence_ComplaintId",
                table: "Remedies",
                columns: new[] { "CompletedOn", "DueOn", "PaidPence", "ComplaintId" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn_AmountPence_ComplaintId",
                table: "Remedies",
                columns: new[] { "OfferedOn", "AmountPence", "ComplaintId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence_ComplaintId",
                table: "Remedies");

            migrationBuilder.DropIndex(
                name: "IX_Remedies_OfferedOn_AmountPence_ComplaintId",
                table: "Remedies");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence",
                table: "Remedies",
                columns: new[] { "CompletedOn", "DueOn", "PaidPence" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn_AmountPence",
                table: "Remedies",
                columns: new[] { "OfferedOn", "AmountPence" });
        }
    }
}
