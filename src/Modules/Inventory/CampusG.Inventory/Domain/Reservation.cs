using CampusG.Inventory.Contracts;

namespace CampusG.Inventory.Domain;

/// <summary>
/// One order's reservation, kept for good: the stock it took, or why it failed, or the tombstone of a release that came
/// first. Replies are made from it alone, so a repeated command repeats the first reply word for word.
/// </summary>
internal sealed class Reservation
{
    public Guid OrderId { get; private init; }

    /// <summary><see cref="ReservationStatuses"/>.</summary>
    public string Status { get; private set; } = ReservationStatuses.Reserved;

    /// <summary><see cref="StockFailureReasons"/>, for a failed reservation.</summary>
    public string? Reason { get; private init; }

    /// <summary>When the reservation was decided (the reserve reply's time).</summary>
    public DateTime CreatedAt { get; private init; }

    /// <summary>When the first release arrived (the release reply's time); null until then.</summary>
    public DateTime? ReleasedAt { get; private set; }

    public List<ReservationLine> Lines { get; private init; } = [];

    private IEnumerable<StockLine> Items => Lines.OrderBy(l => l.Position).Select(l => new StockLine(l.ItemId, l.Quantity));

    public static Reservation Reserved(Guid orderId, IEnumerable<ReservationLine> lines, DateTime now) =>
        new() { OrderId = orderId, Status = ReservationStatuses.Reserved, CreatedAt = now, Lines = [.. lines] };

    public static Reservation Failed(Guid orderId, string reason, IEnumerable<ReservationLine> lines, DateTime now) =>
        new() { OrderId = orderId, Status = ReservationStatuses.Failed, Reason = reason, CreatedAt = now, Lines = [.. lines] };

    /// <summary>A release that came before any reserve: the order's later reserve holds nothing.</summary>
    public static Reservation Tombstone(Guid orderId, DateTime now) =>
        new() { OrderId = orderId, Status = ReservationStatuses.Tombstone, CreatedAt = now, ReleasedAt = now };

    /// <summary>
    /// Records the first release; returns true only when this call must give stock back (the reservation held it).
    /// </summary>
    public bool Release(DateTime now)
    {
        if (ReleasedAt is not null)
        {
            return false;
        }

        ReleasedAt = now;
        if (Status != ReservationStatuses.Reserved)
        {
            return false;
        }

        Status = ReservationStatuses.Released;
        return true;
    }

    /// <summary>The reply to <c>inventory.reserve</c>, the same every time.</summary>
    public object ReserveReply() => Status switch
    {
        ReservationStatuses.Reserved or ReservationStatuses.Released =>
            new StockReserved(OrderId, [.. Items], Utc(CreatedAt)),
        ReservationStatuses.Failed =>
            new StockReservationFailed(OrderId, Reason!, [.. Shortfalls], Utc(CreatedAt)),
        _ => new StockReservationFailed(OrderId, StockFailureReasons.Released, [], Utc(CreatedAt)),
    };

    /// <summary>The reply to <c>inventory.release</c> (after <see cref="Release"/>), the same every time.</summary>
    public StockReleased ReleaseReply() => new(
        OrderId,
        Status == ReservationStatuses.Released ? [.. Items] : [],
        Utc(ReleasedAt ?? CreatedAt));

    private IEnumerable<StockShortfall> Shortfalls => Lines.OrderBy(l => l.Position)
        .Where(l => l.Shortfall is not null).Select(l => new StockShortfall(l.ItemId, l.Quantity, l.Shortfall!.Value));

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

/// <summary>An item of a reservation: the quantity asked for, and for a failed one how many were left.</summary>
internal sealed class ReservationLine
{
    public Guid OrderId { get; private init; }

    public Guid ItemId { get; private init; }

    /// <summary>Where the item stood in the command (replies list the items in that order).</summary>
    public int Position { get; private init; }

    public int Quantity { get; private init; }

    /// <summary>Whether this line took counted stock (an item whose stock is not counted takes none).</summary>
    public bool Taken { get; private init; }

    /// <summary>For a line that could not be reserved: how many were available (0 for an item marked unavailable).</summary>
    public int? Shortfall { get; private init; }

    public static ReservationLine Of(Guid orderId, int position, Guid itemId, int quantity, bool taken = false, int? shortfall = null) =>
        new() { OrderId = orderId, Position = position, ItemId = itemId, Quantity = quantity, Taken = taken, Shortfall = shortfall };
}

internal static class ReservationStatuses
{
    /// <summary>Holds its counted items' stock.</summary>
    public const string Reserved = "RESERVED";

    /// <summary>Held stock and gave it back.</summary>
    public const string Released = "RELEASED";

    /// <summary>Could not be reserved; held nothing.</summary>
    public const string Failed = "FAILED";

    /// <summary>Released before any reserve arrived; a later reserve fails with <see cref="StockFailureReasons.Released"/>.</summary>
    public const string Tombstone = "TOMBSTONE";
}
