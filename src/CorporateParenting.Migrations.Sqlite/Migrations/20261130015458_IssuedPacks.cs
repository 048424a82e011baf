using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IssuedPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssuedPacks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Restricted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PaperIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PdfFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WordFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Word = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WordSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedPacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedPacks_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedPacks_MeetingId_Number_Restricted",
                table: "IssuedPacks",
                columns: new[] { "MeetingId", "Number", "Restricted" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedPacks");
        }
    }
}
