using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampusG.Payments.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PayoutsAndRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PayoutAttempts",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "PayoutId",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "PayoutKey",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "RunnerId",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "RunnerPayoutToken",
                table: "payments");

            migrationBuilder.RenameColumn(
                name: "ReleaseRound",
                table: "payments",
                newName: "RefundedMinor");

            migrationBuilder.AddColumn<long>(
                name: "CapturedMinor",
                table: "payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "payment_increments",
                columns: table => new
                {
                    BoostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorizationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_increments", x => x.BoostId);
                });

            migrationBuilder.CreateTable(
                name: "payment_refunds",
                columns: table => new
                {
                    RefundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferenceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_refunds", x => x.RefundId);
                });

            migrationBuilder.CreateTable(
                name: "payouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payouts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payment_increments_OrderId",
                table: "payment_increments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_refunds_OrderId",
                table: "payment_refunds",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payment_increments");

            migrationBuilder.DropTable(
                name: "payment_refunds");

            migrationBuilder.DropTable(
                name: "payouts");

            migrationBuilder.DropColumn(
                name: "CapturedMinor",
                table: "payments");

            migrationBuilder.RenameColumn(
                name: "RefundedMinor",
                table: "payments",
                newName: "ReleaseRound");

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
                name: "PayoutKey",
                table: "payments",
                type: "TEXT",
                maxLength: 120,
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
    }
}
