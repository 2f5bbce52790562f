using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Bench.Peer;

/// <summary>
/// The peer's tables: every module's rows and the saga. Embedded, all of them live in one SQLite file beside
/// Wolverine's envelope tables; distributed, each module process has a PostgreSQL database of its own and uses
/// only its module's tables.
/// </summary>
public sealed class PeerDb(DbContextOptions<PeerDb> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<OrderRow> Orders => Set<OrderRow>();

    public DbSet<OrderStatusChange> OrderStatusChanges => Set<OrderStatusChange>();

    public DbSet<PaymentRow> Payments => Set<PaymentRow>();

    public DbSet<EscrowHold> EscrowHolds => Set<EscrowHold>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<TimerRow> Timers => Set<TimerRow>();

    public DbSet<NotificationRow> Notifications => Set<NotificationRow>();

    public DbSet<CreateOrderSaga> Sagas => Set<CreateOrderSaga>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Customer>().ToTable("customers");
        modelBuilder.Entity<OrderRow>().ToTable("orders");
        modelBuilder.Entity<OrderStatusChange>().ToTable("order_status_changes").HasIndex(c => c.OrderId);
        modelBuilder.Entity<PaymentRow>(p =>
        {
            p.ToTable("payments");
            p.HasIndex(x => x.OrderId).IsUnique();
        });
        modelBuilder.Entity<EscrowHold>(e =>
        {
            e.ToTable("escrow_holds");
            e.HasIndex(x => x.OrderId).IsUnique();
        });
        modelBuilder.Entity<LedgerEntry>().ToTable("ledger_entries");
        modelBuilder.Entity<TimerRow>().ToTable("timers");
        modelBuilder.Entity<NotificationRow>().ToTable("notifications");
        modelBuilder.Entity<CreateOrderSaga>(s =>
        {
            s.ToTable("create_order_sagas");
            s.HasKey(x => x.Id);
            // Wolverine increments Version on every save and checks it (optimistic concurrency).
            s.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}

public sealed class Customer
{
    public Guid Id { get; set; }

    public string GatewayToken { get; set; } = "";
}

public sealed class OrderRow
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Description { get; set; } = "";

    public string DeliveryLocation { get; set; } = "";

    public decimal FoodFee { get; set; }

    public decimal DeliveryFee { get; set; }

    public string Status { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? AcceptanceExpiresAt { get; set; }
}

/// <summary>The order's timeline (CampusG writes one entry per status change too).</summary>
public sealed class OrderStatusChange
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string Status { get; set; } = "";

    public DateTime At { get; set; }
}

public sealed class PaymentRow
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid CustomerId { get; set; }

    public long AmountMinor { get; set; }

    public string Currency { get; set; } = "";

    public string Status { get; set; } = "";

    public string AuthorizationId { get; set; } = "";

    public DateTime At { get; set; }
}

public sealed class EscrowHold
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid PaymentId { get; set; }

    public long AmountMinor { get; set; }

    public string Status { get; set; } = "";

    public DateTime HeldAt { get; set; }
}

/// <summary>One side of a double-entry transfer (a hold is two entries, as in CampusG's ledger).</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string Account { get; set; } = "";

    public long AmountMinor { get; set; }

    public DateTime At { get; set; }
}

public sealed class TimerRow
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string Purpose { get; set; } = "";

    public DateTime DueAt { get; set; }

    public string Status { get; set; } = "";
}

public sealed class NotificationRow
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid OrderId { get; set; }

    public string Template { get; set; } = "";

    public string Text { get; set; } = "";

    public string Status { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }
}

/// <summary>CampusG's per-connection SQLite settings: <c>synchronous</c> (FULL by default) and <c>busy_timeout</c>.</summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=5000;";

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }
}
