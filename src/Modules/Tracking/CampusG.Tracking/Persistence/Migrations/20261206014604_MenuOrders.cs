using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Tracking.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MenuOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeliveryFeeMinor",
                table: "order_views",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FoodFeeMinor",
                table: "order_views",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "order_views",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "ERRAND");

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantOwnerId",
                table: "order_views",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeliveryFeeMinor",
                table: "order_views");

            migrationBuilder.DropColumn(
                name: "FoodFeeMinor",
                table: "order_views");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "order_views");

            migrationBuilder.DropColumn(
                name: "RestaurantOwnerId",
                table: "order_views");
        }
    }
}
