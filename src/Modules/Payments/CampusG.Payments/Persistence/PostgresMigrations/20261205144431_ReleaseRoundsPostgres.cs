using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Payments.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ReleaseRoundsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayoutKey",
                table: "payments",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReleaseRound",
                table: "payments",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PayoutKey",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "ReleaseRound",
                table: "payments");
        }
    }
}
