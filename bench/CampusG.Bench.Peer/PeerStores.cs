using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Bench.Peer;

/// <summary>What one database holds after a run: the modules' rows, the sagas left, and Wolverine's envelopes.</summary>
internal sealed record StoreCounts(
    long Orders, long OrdersCreated, long Timeline, long Payments, long Holds, long Ledger, long Timers, long Notifications, long NotificationsSent,
    long Sagas, long InboxHandled, long InboxPending, long Outbox, long DeadLetters)
{
    public static StoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static StoreCounts operator +(StoreCounts a, StoreCounts b) => new(
        a.Orders + b.Orders, a.OrdersCreated + b.OrdersCreated, a.Timeline + b.Timeline, a.Payments + b.Payments, a.Holds + b.Holds,
        a.Ledger + b.Ledger, a.Timers + b.Timers, a.Notifications + b.Notifications, a.NotificationsSent + b.NotificationsSent, a.Sagas + b.Sagas,
        a.InboxHandled + b.InboxHandled, a.InboxPending + b.InboxPending, a.Outbox + b.Outbox, a.DeadLetters + b.DeadLetters);

    /// <summary>Nothing in flight: no saga left, no envelope waiting in an inbox or outbox.</summary>
    public bool Settled => Sagas == 0 && InboxPending == 0 && Outbox == 0;

    public static async Task<StoreCounts> ReadAsync(PeerNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        await using var db = new PeerDb(PeerHost.DbOptions(node));
        // Wolverine's tables: SQLite has no schemas (the default "main" prefixes nothing); PostgreSQL's are in "wolverine".
        var prefix = node.Embedded ? "" : "wolverine.";
        return new StoreCounts(
            await db.Orders.LongCountAsync(cancellationToken),
            await db.Orders.LongCountAsync(o => o.Status == OrderStatuses.Created, cancellationToken),
            await db.OrderStatusChanges.LongCountAsync(cancellationToken),
            await db.Payments.LongCountAsync(p => p.Status == "AUTHORIZED", cancellationToken),
            await db.EscrowHolds.LongCountAsync(h => h.Status == "HELD", cancellationToken),
            await db.Ledger.LongCountAsync(cancellationToken),
            await db.Timers.LongCountAsync(cancellationToken),
            await db.Notifications.LongCountAsync(cancellationToken),
            await db.Notifications.LongCountAsync(n => n.Status == "SENT", cancellationToken),
            await db.Sagas.LongCountAsync(cancellationToken),
            await CountAsync(db, $"{prefix}wolverine_incoming_envelopes WHERE status = 'Handled'", cancellationToken),
            await CountAsync(db, $"{prefix}wolverine_incoming_envelopes WHERE status <> 'Handled'", cancellationToken),
            await CountAsync(db, $"{prefix}wolverine_outgoing_envelopes", cancellationToken),
            await CountAsync(db, $"{prefix}wolverine_dead_letters", cancellationToken));
    }

    /// <summary>The checks a run must pass: every placed order went through every module once, every saga completed and was deleted.</summary>
    public IReadOnlyList<string> Failures(long placed) =>
    [
        .. new (string Name, long Actual, long Expected)[]
        {
            ("orders", Orders, placed), ("orders CREATED", OrdersCreated, placed), ("order timeline entries", Timeline, 2 * placed),
            ("payments AUTHORIZED", Payments, placed), ("escrow holds HELD", Holds, placed), ("ledger entries", Ledger, 2 * placed),
            ("timers", Timers, placed), ("notifications", Notifications, placed), ("notifications SENT", NotificationsSent, placed),
            ("sagas left in storage", Sagas, 0), ("inbox envelopes not handled", InboxPending, 0), ("outbox envelopes", Outbox, 0),
            ("dead letters", DeadLetters, 0),
        }.Where(c => c.Actual != c.Expected).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name}: {c.Actual:N0}, expected {c.Expected:N0}")),
    ];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"orders {Orders:N0} ({OrdersCreated:N0} CREATED, {Timeline:N0} timeline entries), payments {Payments:N0}, escrow holds {Holds:N0}, ") +
        string.Create(CultureInfo.InvariantCulture,
        $"ledger entries {Ledger:N0}, timers {Timers:N0}, notifications {Notifications:N0} ({NotificationsSent:N0} SENT), sagas left {Sagas:N0}; ") +
        string.Create(CultureInfo.InvariantCulture,
        $"Wolverine: inbox {InboxHandled:N0} handled + {InboxPending:N0} pending, outbox {Outbox:N0}, dead letters {DeadLetters:N0}");

    /// <summary>What was dead-lettered in <paramref name="node"/>'s store: message type and exception, counted.</summary>
    public static async Task<IReadOnlyList<string>> DeadLettersAsync(PeerNode node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        await using var db = new PeerDb(PeerHost.DbOptions(node));
        var sql = "SELECT message_type || ': ' || exception_type || ': ' || exception_message AS \"Value\" FROM " +
            (node.Embedded ? "" : "wolverine.") + "wolverine_dead_letters";
        var letters = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken);
        return [.. letters.GroupBy(l => l).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()}× {g.Key}"))];
    }

    private static async Task<long> CountAsync(PeerDb db, string fromWhere, CancellationToken cancellationToken)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM " + fromWhere; // fixed table names, no input
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
    }
}
