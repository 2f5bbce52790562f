using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Escrow.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ReleaseSplitsPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Party",
                table: "escrow_movements",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PartyId",
                table: "escrow_movements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RestaurantOwnerId",
                table: "escrow_accounts",
                type: "uuid",
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
