using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceRequestsAndFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ServiceRequestId",
                table: "Complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Dissatisfaction = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ToldHowToComplain = table.Column<bool>(type: "boolean", nullable: false),
                    HowTold = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    ComplaintRaisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedback_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedback_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ServiceRequests_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ServiceRequestId",
                table: "Complaints",
                column: "ServiceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ComplaintId",
                table: "Feedback",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ReceivedOn",
                table: "Feedback",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ResidentId",
                table: "Feedback",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_OwnerId",
                table: "ServiceRequests",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ReceivedOn",
                table: "ServiceRequests",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Reference",
                table: "ServiceRequests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_ResidentId",
                table: "ServiceRequests",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRequests_Status_DueOn",
                table: "ServiceRequests",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_ServiceRequests_ServiceRequestId",
                table: "Complaints",
                column: "ServiceRequestId",
                principalTable: "ServiceRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_ServiceRequests_ServiceRequestId",
                table: "Complaints");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ServiceRequestId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ServiceRequestId",
                table: "Complaints");
        }
    }
}
