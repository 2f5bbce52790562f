using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Payments.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReleaseRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayoutKey",
                table: "payments",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReleaseRound",
                table: "payments",
                type: "INTEGER",
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
