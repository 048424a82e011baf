using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DisclosurePattern : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HiddenFromMembers",
                table: "IndicatorValues",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HiddenFromMembers",
                table: "IndicatorValues");
        }
    }
}
