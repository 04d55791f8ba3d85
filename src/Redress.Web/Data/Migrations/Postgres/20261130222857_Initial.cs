using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Redress.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "ComplaintReferences");

            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingYear = table.Column<int>(type: "integer", nullable: false),
                    Analysis = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: true),
                    OmbudsmanReports = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    GoverningBodyResponse = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ResponseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SelfAssessmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Figures = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsBuiltIn = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Division = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsSubstitute = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AddedInVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Division = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Provisional = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => new { x.Division, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "ExceptionalCircumstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OmbudsmanToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResidentsTold = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReturnToComplianceOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExceptionalCircumstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HomesYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Lcra = table.Column<int>(type: "integer", nullable: false),
                    Lcho = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HomesYears", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WhatChanged = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplaintIds = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningActions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SurnameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true, collation: "C"),
                    Tenure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Residents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingYear = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReasonDetails = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactRestrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Behaviour = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Restriction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Proportionality = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EqualityAct = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactRestrictions_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResidentRepresentatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Authority = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentRepresentatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResidentRepresentatives_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResidentWords",
                columns: table => new
                {
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Word = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentWords", x => new { x.Word, x.ResidentId });
                    table.ForeignKey(
                        name: "FK_ResidentWords_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "SupportNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportNeeds_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Complies = table.Column<bool>(type: "boolean", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Commentary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Action = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TargetOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClockStartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Representative = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssueOccurredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ResidentAwareOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutsideTwelveMonths = table.Column<bool>(type: "boolean", nullable: false),
                    VulnerabilityNotes = table.Column<string>(type: "text", nullable: true),
                    RelatedComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scheme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CalendarVersion = table.Column<int>(type: "integer", nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RefusalExplanation = table.Column<string>(type: "text", nullable: true),
                    DiscretionConsidered = table.Column<string>(type: "text", nullable: true),
                    RefusedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProceedingsFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalationRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "text", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureKind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Complaints_RelatedComplaintId",
                        column: x => x.RelatedComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_ServiceRequests_ServiceRequestId",
                        column: x => x.ServiceRequestId,
                        principalTable: "ServiceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintStages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondBy = table.Column<DateOnly>(type: "date", nullable: true),
                    OriginalRespondBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResponseDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionCapDays = table.Column<int>(type: "integer", nullable: false),
                    ExtendedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ExtendedBeyondCap = table.Column<bool>(type: "boolean", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: true),
                    PointsRaised = table.Column<List<string>>(type: "text[]", nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Reasons = table.Column<string>(type: "text", nullable: true),
                    DecisionDiffersBecause = table.Column<string>(type: "text", nullable: true),
                    EscalationRoute = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintStages_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Correspondence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Party = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Correspondence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Correspondence_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "OmbudsmanCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeterminedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "OutstandingActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutstandingActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutstandingActions_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Remedies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OfferedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidPence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Remedies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Remedies_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Clock = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentReminders_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GoodReason = table.Column<string>(type: "text", nullable: true),
                    UpdateIntervalWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    PreviousRespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    NewRespondBy = table.Column<DateOnly>(type: "date", nullable: false),
                    BeyondCap = table.Column<bool>(type: "boolean", nullable: false),
                    OmbudsmanContact = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Extensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Extensions_ComplaintStages_StageId",
                        column: x => x.StageId,
                        principalTable: "ComplaintStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Point = table.Column<string>(type: "text", nullable: false),
                    Decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_ComplaintStages_StageId",
                        column: x => x.StageId,
                        principalTable: "ComplaintStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CorrespondenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Correspondence_CorrespondenceId",
                        column: x => x.CorrespondenceId,
                        principalTable: "Correspondence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OmbudsmanDeterminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Element = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Finding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompensationPence = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_UserId",
                table: "ApiKeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_AssessmentId_Provision",
                table: "AssessmentAnswers",
                columns: new[] { "AssessmentId", "Provision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_ComplaintId",
                table: "Attachments",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CorrespondenceId",
                table: "Attachments",
                column: "CorrespondenceId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ComplaintId",
                table: "AuditEvents",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EntityType_EntityId",
                table: "AuditEvents",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_Division_Date_Kind",
                table: "CalendarDays",
                columns: new[] { "Division", "Date", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosureKind_ClosedOn_RefusalReason",
                table: "Complaints",
                columns: new[] { "ClosureKind", "ClosedOn", "RefusalReason" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerId_ReceivedOn",
                table: "Complaints",
                columns: new[] { "HandlerId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerId_Status_NextDueOn",
                table: "Complaints",
                columns: new[] { "HandlerId", "Status", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_NextDueOn",
                table: "Complaints",
                column: "NextDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedOn_Status_Category",
                table: "Complaints",
                columns: new[] { "ReceivedOn", "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Reference",
                table: "Complaints",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_RelatedComplaintId",
                table: "Complaints",
                column: "RelatedComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ResidentId",
                table: "Complaints",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ServiceRequestId",
                table: "Complaints",
                column: "ServiceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Stage_Status",
                table: "Complaints",
                columns: new[] { "Stage", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_NextDueOn",
                table: "Complaints",
                columns: new[] { "Status", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RefusedOn_RefusalReason",
                table: "Complaints",
                columns: new[] { "Status", "RefusedOn", "RefusalReason" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_AcknowledgedOn_Number_AcknowledgeBy",
                table: "ComplaintStages",
                columns: new[] { "AcknowledgedOn", "Number", "AcknowledgeBy" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_ComplaintId_Number",
                table: "ComplaintStages",
                columns: new[] { "ComplaintId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_HandlerId",
                table: "ComplaintStages",
                column: "HandlerId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RequestedOn_Number",
                table: "ComplaintStages",
                columns: new[] { "RequestedOn", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_RespondedOn_Number_RespondBy_Decision_Exten~",
                table: "ComplaintStages",
                columns: new[] { "RespondedOn", "Number", "RespondBy", "Decision", "ExtendedWorkingDays", "AcknowledgedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactRestrictions_EndedOn_ReviewOn",
                table: "ContactRestrictions",
                columns: new[] { "EndedOn", "ReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactRestrictions_ResidentId",
                table: "ContactRestrictions",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Correspondence_ComplaintId_OccurredOn",
                table: "Correspondence",
                columns: new[] { "ComplaintId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExceptionalCircumstances_From",
                table: "ExceptionalCircumstances",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_Extensions_StageId",
                table: "Extensions",
                column: "StageId");

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
                name: "IX_Findings_StageId",
                table: "Findings",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_UserId_Key",
                table: "IdempotencyRecords",
                columns: new[] { "UserId", "Key" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_OutstandingActions_ComplaintId",
                table: "OutstandingActions",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_OutstandingActions_CompletedOn_DueOn",
                table: "OutstandingActions",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_ComplaintId",
                table: "Remedies",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_CompletedOn_DueOn_PaidPence",
                table: "Remedies",
                columns: new[] { "CompletedOn", "DueOn", "PaidPence" });

            migrationBuilder.CreateIndex(
                name: "IX_Remedies_OfferedOn_AmountPence",
                table: "Remedies",
                columns: new[] { "OfferedOn", "AmountPence" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentRepresentatives_ResidentId",
                table: "ResidentRepresentatives",
                column: "ResidentId");

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
                name: "IX_ResidentWords_ResidentId",
                table: "ResidentWords",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_Number",
                table: "SelfAssessments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_ComplaintId_Stage_Clock_DueOn_Kind",
                table: "SentReminders",
                columns: new[] { "ComplaintId", "Stage", "Clock", "DueOn", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_SentAtUtc",
                table: "SentReminders",
                column: "SentAtUtc");

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

            migrationBuilder.CreateIndex(
                name: "IX_SupportNeeds_EndedOn_ReviewOn",
                table: "SupportNeeds",
                columns: new[] { "EndedOn", "ReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportNeeds_ResidentId",
                table: "SupportNeeds",
                column: "ResidentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssessmentAnswers");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CalendarStates");

            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "ContactRestrictions");

            migrationBuilder.DropTable(
                name: "ExceptionalCircumstances");

            migrationBuilder.DropTable(
                name: "Extensions");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "HomesYears");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "LearningActions");

            migrationBuilder.DropTable(
                name: "OmbudsmanDeterminations");

            migrationBuilder.DropTable(
                name: "OmbudsmanOrders");

            migrationBuilder.DropTable(
                name: "OutstandingActions");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "Remedies");

            migrationBuilder.DropTable(
                name: "ResidentRepresentatives");

            migrationBuilder.DropTable(
                name: "ResidentWords");

            migrationBuilder.DropTable(
                name: "SentReminders");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "SupportNeeds");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "SelfAssessments");

            migrationBuilder.DropTable(
                name: "Correspondence");

            migrationBuilder.DropTable(
                name: "ComplaintStages");

            migrationBuilder.DropTable(
                name: "OmbudsmanCases");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ServiceRequests");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Residents");

            migrationBuilder.DropSequence(
                name: "ComplaintReferences");
        }
    }
}
