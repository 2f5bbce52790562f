using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Tracking.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class MenuOrdersPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DeliveryFeeMinor",
                table: "order_views",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FoodFeeMinor",
                table: "order_views",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "order_views",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "ERRAND");

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantOwnerId",
                table: "order_views",
                type: "uuid",
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
