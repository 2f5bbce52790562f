using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Payments.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Release : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChargeId",
                table: "payments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PayoutAttempts",
                table: "payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PayoutId",
                table: "payments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReleaseFailureReason",
                table: "payments",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RunnerId",
                table: "payments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RunnerPayoutToken",
                table: "payments",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChargeId",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "PayoutAttempts",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "PayoutId",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "ReleaseFailureReason",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "RunnerId",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "RunnerPayoutToken",
                table: "payments");
        }
    }
}
