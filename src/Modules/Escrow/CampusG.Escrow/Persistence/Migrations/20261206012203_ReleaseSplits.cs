using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Escrow.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReleaseSplits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Party",
                table: "escrow_movements",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartyId",
                table: "escrow_movements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantOwnerId",
                table: "escrow_accounts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Party",
                table: "escrow_movements");

            migrationBuilder.DropColumn(
                name: "PartyId",
                table: "escrow_movements");

            migrationBuilder.DropColumn(
                name: "RestaurantOwnerId",
                table: "escrow_accounts");
        }
    }
}
