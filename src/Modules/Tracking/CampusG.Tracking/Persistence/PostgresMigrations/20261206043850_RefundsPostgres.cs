using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Tracking.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class RefundsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "IssueRefundedMinor",
                table: "order_views",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "PriceRefundMinor",
                table: "order_views",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IssueRefundedMinor",
                table: "order_views");

            migrationBuilder.DropColumn(
                name: "PriceRefundMinor",
                table: "order_views");
        }
    }
}
