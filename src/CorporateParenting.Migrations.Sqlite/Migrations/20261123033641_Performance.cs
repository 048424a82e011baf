using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Performance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenchmarkValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Polarity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RagRule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Tolerance = table.Column<double>(type: "REAL", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PriorityArea = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostcodeAreas",
                columns: table => new
                {
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Ward = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    LocalAuthority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeAreas", x => x.Postcode);
                });

            migrationBuilder.CreateTable(
                name: "PublishedScorecards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Full = table.Column<string>(type: "TEXT", nullable: false),
                    Suppressed = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedScorecards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ssda903Imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplacedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesImplemented = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesInCatalogue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ssda903Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCommentaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCommentaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorCommentaries_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargetChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OldTarget = table.Column<double>(type: "REAL", nullable: true),
                    NewTarget = table.Column<double>(type: "REAL", nullable: true),
                    OldTolerance = table.Column<double>(type: "REAL", nullable: true),
                    NewTolerance = table.Column<double>(type: "REAL", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargetChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargetChanges_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Numerator = table.Column<int>(type: "INTEGER", nullable: true),
                    Denominator = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    NotAvailableReason = table.Column<string>(type: "TEXT", nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ssda903ImportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Table = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ssda903ImportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ssda903ImportFiles_Ssda903Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Ssda903Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ssda903RuleFailures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Table = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Child = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ssda903RuleFailures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ssda903RuleFailures_Ssda903Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Ssda903Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkValues_IndicatorKey_Year_Area",
                table: "BenchmarkValues",
                columns: new[] { "IndicatorKey", "Year", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCommentaries_IndicatorId_Year",
                table: "IndicatorCommentaries",
                columns: new[] { "IndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Key",
                table: "Indicators",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargetChanges_IndicatorId",
                table: "IndicatorTargetChanges",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId",
                table: "IndicatorValues",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Year_IndicatorId_Dimension_Group",
                table: "IndicatorValues",
                columns: new[] { "Year", "IndicatorId", "Dimension", "Group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903ImportFiles_ImportId",
                table: "Ssda903ImportFiles",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903Imports_Year_IsCurrent",
                table: "Ssda903Imports",
                columns: new[] { "Year", "IsCurrent" });

            migrationBuilder.CreateIndex(
                name: "IX_Ssda903RuleFailures_ImportId_Rule",
                table: "Ssda903RuleFailures",
                columns: new[] { "ImportId", "Rule" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkValues");

            migrationBuilder.DropTable(
                name: "IndicatorCommentaries");

            migrationBuilder.DropTable(
                name: "IndicatorTargetChanges");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "PostcodeAreas");

            migrationBuilder.DropTable(
                name: "PublishedScorecards");

            migrationBuilder.DropTable(
                name: "Ssda903ImportFiles");

            migrationBuilder.DropTable(
                name: "Ssda903RuleFailures");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Ssda903Imports");
        }
    }
}
