using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CampusG.Escrow.Persistence.PostgresMigrations
{
    /// <inheritdoc />
    public partial class LedgerPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<long>(
                name: "CustomerRefundMinor",
                table: "escrow_accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransactionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Account = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    PayoutId = table.Column<Guid>(type: "uuid", nullable: true),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                });

            // The escrow's single-entry movements become both sides of their transfers: a hold or refund against the
            // customer's card, an old release (paid straight out to the runner's card then) against the payee's PAID_OUT.
            migrationBuilder.Sql("""
                INSERT INTO ledger_entries ("TransactionId", "Account", "AccountId", "Kind", "AmountMinor", "At", "OrderId", "Party")
                SELECT 'legacy:' || CAST(m."Id" AS TEXT), 'ESCROW', m."OrderId", m."Kind", m."AmountMinor", m."At", m."OrderId", NULL
                FROM escrow_movements m;
                INSERT INTO ledger_entries ("TransactionId", "Account", "AccountId", "Kind", "AmountMinor", "At", "OrderId", "Party")
                SELECT 'legacy:' || CAST(m."Id" AS TEXT),
                       CASE m."Kind" WHEN 'RELEASE' THEN 'PAID_OUT' ELSE 'CUSTOMER' END,
                       CASE m."Kind" WHEN 'RELEASE' THEN COALESCE(m."PartyId", a."RunnerId", a."CustomerId") ELSE a."CustomerId" END,
                       m."Kind", -m."AmountMinor", m."At", m."OrderId", m."Party"
                FROM escrow_movements m JOIN escrow_accounts a ON a."Id" = m."EscrowId";
                """);

            migrationBuilder.DropTable(
                name: "escrow_movements");

            migrationBuilder.CreateTable(
                name: "payee_accounts",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PayoutMethodUsableUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payee_accounts", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "payouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payouts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_Account_AccountId",
                table: "ledger_entries",
                columns: new[] { "Account", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_OrderId",
                table: "ledger_entries",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_TransactionId_Account_AccountId",
                table: "ledger_entries",
                columns: new[] { "TransactionId", "Account", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payouts_UserId_RequestedAt",
                table: "payouts",
                columns: new[] { "UserId", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "payee_accounts");

            migrationBuilder.DropTable(
                name: "payouts");

            migrationBuilder.DropColumn(
                name: "CustomerRefundMinor",
                table: "escrow_accounts");

            migrationBuilder.CreateTable(
                name: "escrow_movements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EscrowId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Party = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escrow_movements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_escrow_movements_OrderId",
                table: "escrow_movements",
                column: "OrderId");
        }
    }
}
