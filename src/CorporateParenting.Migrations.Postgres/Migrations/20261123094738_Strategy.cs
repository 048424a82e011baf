using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CorporateParenting.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Strategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PriorityId",
                table: "AgendaItems",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NextReportDue = table.Column<DateOnly>(type: "date", nullable: true),
                    Confidential = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Strategies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    Vision = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ChildFriendlyVision = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationReports_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StrategyId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ChildFriendlyDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Principles = table.Column<int>(type: "integer", nullable: false),
                    ChairName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChairEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorityAreas_Strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "Strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Achievements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PriorityId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    What = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImpactNumber = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ImpactUnit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ImpactSentence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Achievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Achievements_PriorityAreas_PriorityId",
                        column: x => x.PriorityId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PriorityAims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PriorityId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityAims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriorityAims_PriorityAreas_PriorityId",
                        column: x => x.PriorityId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkingGroupMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PriorityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsPartner = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkingGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkingGroupMembers_PriorityAreas_PriorityId",
                        column: x => x.PriorityId,
                        principalTable: "PriorityAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AimId = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    OriginalDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Rag = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyActions_PriorityAims_AimId",
                        column: x => x.AimId,
                        principalTable: "PriorityAims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationActionLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<int>(type: "integer", nullable: false),
                    ActionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationActionLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationActionLinks_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationActionLinks_StrategyActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "StrategyActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyActionIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyActionIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyActionIndicators_StrategyActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "StrategyActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyActionUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<int>(type: "integer", nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Author = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Rag = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MovedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    MovedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    EvidenceLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EvidenceFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyActionUpdates_EvidenceFiles_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "EvidenceFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrategyActionUpdates_StrategyActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "StrategyActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PriorityId",
                table: "AgendaItems",
                column: "PriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_Date",
                table: "Achievements",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_PriorityId",
                table: "Achievements",
                column: "PriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAims_PriorityId",
                table: "PriorityAims",
                column: "PriorityId");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAreas_StrategyId",
                table: "PriorityAreas",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationActionLinks_ActionId",
                table: "RecommendationActionLinks",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationActionLinks_RecommendationId_ActionId",
                table: "RecommendationActionLinks",
                columns: new[] { "RecommendationId", "ActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReports_RecommendationId",
                table: "RecommendationReports",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyActionIndicators_ActionId_IndicatorKey",
                table: "StrategyActionIndicators",
                columns: new[] { "ActionId", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyActions_AimId",
                table: "StrategyActions",
                column: "AimId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyActions_DueDate",
                table: "StrategyActions",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyActionUpdates_ActionId",
                table: "StrategyActionUpdates",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyActionUpdates_EvidenceFileId",
                table: "StrategyActionUpdates",
                column: "EvidenceFileId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupMembers_PriorityId",
                table: "WorkingGroupMembers",
                column: "PriorityId");

            migrationBuilder.AddForeignKey(
                name: "FK_AgendaItems_PriorityAreas_PriorityId",
                table: "AgendaItems",
                column: "PriorityId",
                principalTable: "PriorityAreas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgendaItems_PriorityAreas_PriorityId",
                table: "AgendaItems");

            migrationBuilder.DropTable(
                name: "Achievements");

            migrationBuilder.DropTable(
                name: "RecommendationActionLinks");

            migrationBuilder.DropTable(
                name: "RecommendationReports");

            migrationBuilder.DropTable(
                name: "StrategyActionIndicators");

            migrationBuilder.DropTable(
                name: "StrategyActionUpdates");

            migrationBuilder.DropTable(
                name: "WorkingGroupMembers");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "StrategyActions");

            migrationBuilder.DropTable(
                name: "PriorityAims");

            migrationBuilder.DropTable(
                name: "PriorityAreas");

            migrationBuilder.DropTable(
                name: "Strategies");

            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_PriorityId",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "PriorityId",
                table: "AgendaItems");
        }
    }
}
