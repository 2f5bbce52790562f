using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;

namespace CampusG.Inventory.Features;

/// <summary>Why a line could not be reserved: how many were left, and whether the item could not be had at all.</summary>
internal sealed record Shortfall(int Available, bool Unavailable);

/// <summary>
/// A reserve command's lines, each item once (an item named twice is asked for once with the quantities added up),
/// in the command's order; and the reservations it can turn into.
/// </summary>
internal sealed class ReservationRequest
{
    private ReservationRequest(Guid orderId, IReadOnlyList<StockLine> lines) => (OrderId, Lines) = (orderId, lines);

    public Guid OrderId { get; }

    public IReadOnlyList<StockLine> Lines { get; }

    public List<Guid> ItemIds => [.. Lines.Select(l => l.ItemId)];

    public static ReservationRequest From(ReserveStock command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var lines = new List<StockLine>();
        foreach (var line in command.Items ?? [])
        {
            var index = lines.FindIndex(l => l.ItemId == line.ItemId);
            if (index < 0)
            {
                lines.Add(line);
            }
            else
            {
                lines[index] = lines[index] with { Quantity = lines[index].Quantity + line.Quantity };
            }
        }

        return new ReservationRequest(command.OrderId, lines);
    }

    /// <summary>
    /// The lines that cannot be reserved as things stand: an item marked unavailable or a quantity below 1
    /// (available 0), and a counted item with fewer left than asked for. An item Inventory has no row for is not
    /// counted (its <c>menuItem.changed</c> may still be on its way; Orders has checked it is on the menu) and is
    /// always reserved.
    /// </summary>
    public Dictionary<Guid, Shortfall> Check(IReadOnlyDictionary<Guid, StockItem> items)
    {
        var shortfalls = new Dictionary<Guid, Shortfall>();
        foreach (var line in Lines)
        {
            var item = items.GetValueOrDefault(line.ItemId);
            if (line.Quantity < 1 || item is { Available: false })
            {
                shortfalls[line.ItemId] = new Shortfall(0, Unavailable: true);
            }
            else if (item?.Count is { } left && left < line.Quantity)
            {
                shortfalls[line.ItemId] = new Shortfall(left, Unavailable: false);
            }
        }

        return shortfalls;
    }

    /// <summary>Every line reserved; <paramref name="taken"/> are the items whose counted stock was taken.</summary>
    public Reservation Reserved(IReadOnlySet<Guid> taken, DateTime now) =>
        Reservation.Reserved(OrderId, Lines.Select((l, i) => ReservationLine.Of(OrderId, i, l.ItemId, l.Quantity, taken: taken.Contains(l.ItemId))), now);

    /// <summary>Nothing reserved: ITEM_UNAVAILABLE when any item could not be had at all (marked unavailable), else OUT_OF_STOCK.</summary>
    public Reservation Failed(IReadOnlyDictionary<Guid, Shortfall> shortfalls, DateTime now) => Reservation.Failed(
        OrderId,
        shortfalls.Values.Any(s => s.Unavailable) ? StockFailureReasons.Unavailable : StockFailureReasons.OutOfStock,
        Lines.Select((l, i) => ReservationLine.Of(OrderId, i, l.ItemId, l.Quantity, shortfall: shortfalls.GetValueOrDefault(l.ItemId)?.Available)),
        now);

    /// <summary>A failure drill (<c>Faults:inventory.reserve</c>): every line reported out of stock.</summary>
    public Reservation Refused(DateTime now) => Failed(Lines.ToDictionary(l => l.ItemId, _ => new Shortfall(0, Unavailable: false)), now);
}
