using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Redress.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OversightRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportingYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Analysis = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: true),
                    OmbudsmanReports = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    GoverningBodyResponse = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ResponseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SelfAssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Figures = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExceptionalCircumstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OmbudsmanToldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResidentsTold = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReturnToComplianceOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExceptionalCircumstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComplaintIds = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OmbudsmanCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeterminedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OmbudsmanCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OmbudsmanCases_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OmbudsmanDeterminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OmbudsmanDeterminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OmbudsmanDeterminations_OmbudsmanCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "OmbudsmanCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OmbudsmanOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompensationPence = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OmbudsmanOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OmbudsmanOrders_OmbudsmanCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "OmbudsmanCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_ReportingYear",
                table: "AnnualReports",
                column: "ReportingYear",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExceptionalCircumstances_From",
                table: "ExceptionalCircumstances",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_LearningActions_DoneOn",
                table: "LearningActions",
                column: "DoneOn");

            migrationBuilder.CreateIndex(
                name: "IX_LearningActions_Status_DueOn",
                table: "LearningActions",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanCases_ComplaintId",
                table: "OmbudsmanCases",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanCases_DeterminedOn",
                table: "OmbudsmanCases",
                column: "DeterminedOn");

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanCases_Reference",
                table: "OmbudsmanCases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanDeterminations_CaseId",
                table: "OmbudsmanDeterminations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanOrders_CaseId",
                table: "OmbudsmanOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanOrders_Status_DueOn",
                table: "OmbudsmanOrders",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "ExceptionalCircumstances");

            migrationBuilder.DropTable(
                name: "LearningActions");

            migrationBuilder.DropTable(
                name: "OmbudsmanDeterminations");

            migrationBuilder.DropTable(
                name: "OmbudsmanOrders");

            migrationBuilder.DropTable(
                name: "OmbudsmanCases");
        }
    }
}
