using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Orders.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDeliveryDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OverdueSince",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_OverdueSince",
                table: "orders",
                column: "OverdueSince");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_OverdueSince",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "orders");
        }
    }
}
