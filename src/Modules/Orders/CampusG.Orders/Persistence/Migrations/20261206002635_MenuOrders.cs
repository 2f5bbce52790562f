using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Orders.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MenuOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressCity",
                table: "orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressState",
                table: "orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressStreet",
                table: "orders",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressZipCode",
                table: "orders",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EstimatedReadyTime",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Eta",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "orders",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "ERRAND");

            migrationBuilder.AddColumn<DateTime>(
                name: "PickedUpAt",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PickupLocation",
                table: "orders",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReadyAt",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantId",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RestaurantName",
                table: "orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantOwnerId",
                table: "orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialInstructions",
                table: "orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "menu_item_copies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RestaurantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Available = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_menu_item_copies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_lines_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "restaurant_copies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: true),
                    Lng = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_restaurant_copies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_RestaurantId_CreatedAt_Id",
                table: "orders",
                columns: new[] { "RestaurantId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_menu_item_copies_RestaurantId",
                table: "menu_item_copies",
                column: "RestaurantId");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_OrderId",
                table: "order_lines",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "menu_item_copies");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "restaurant_copies");

            migrationBuilder.DropIndex(
                name: "IX_orders_RestaurantId_CreatedAt_Id",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AddressCity",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AddressState",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AddressStreet",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AddressZipCode",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "EstimatedReadyTime",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "Eta",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "PickedUpAt",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "PickupLocation",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ReadyAt",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RestaurantId",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RestaurantName",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RestaurantOwnerId",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "SpecialInstructions",
                table: "orders");
        }
    }
}
