using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PledgeLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "PledgePromises",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromises_CarriedFromId",
                table: "PledgePromises",
                column: "CarriedFromId");

            migrationBuilder.AddForeignKey(
                name: "FK_PledgePromises_PledgePromises_CarriedFromId",
                table: "PledgePromises",
                column: "CarriedFromId",
                principalTable: "PledgePromises",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PledgePromises_PledgePromises_CarriedFromId",
                table: "PledgePromises");

            migrationBuilder.DropIndex(
                name: "IX_PledgePromises_CarriedFromId",
                table: "PledgePromises");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "PledgePromises");
        }
    }
}
