using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CorporateParenting.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PledgeLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite adds a nullable column with its REFERENCES clause in place; EF's AddForeignKey would rebuild the
            // table with foreign keys switched off outside the transaction (MigrationTests forbids that).
            migrationBuilder.Sql("ALTER TABLE \"PledgePromises\" ADD COLUMN \"CarriedFromId\" INTEGER NULL CONSTRAINT \"FK_PledgePromises_PledgePromises_CarriedFromId\" REFERENCES \"PledgePromises\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromises_CarriedFromId",
                table: "PledgePromises",
                column: "CarriedFromId");
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
