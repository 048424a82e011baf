using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReportApprovedContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedContent",
                table: "AnnualReportFiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedContent",
                table: "AnnualReportFiles");
        }
    }
}
