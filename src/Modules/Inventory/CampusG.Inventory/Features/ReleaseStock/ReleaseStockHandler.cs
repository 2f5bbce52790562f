using CampusG.Inventory.Cache;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

/// <summary>
/// Gives an order's reserved stock back, once; a repeated release repeats the first reply. A release before any
/// reserve leaves a tombstone (the later reserve holds nothing) and replies with no items, as does the release of a
/// failed reservation.
/// </summary>
internal sealed class ReleaseStockHandler(InventoryDbContext db, AvailabilityCacheInterceptor cache, TimeProvider time)
    : IMessageHandler<ReleaseStock>
{
    public async Task HandleAsync(ReleaseStock message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reservation = await db.Reservations.Include(r => r.Lines).SingleOrDefaultAsync(r => r.OrderId == message.OrderId, cancellationToken);
        if (reservation is null)
        {
            reservation = Reservation.Tombstone(message.OrderId, now.UtcDateTime);
            db.Reservations.Add(reservation);
        }
        else if (reservation.Release(now.UtcDateTime))
        {
            foreach (var line in reservation.Lines.Where(l => l.Taken).OrderBy(l => l.ItemId))
            {
                if (await StockCounter.GiveBackAsync(db, line.ItemId, line.Quantity, now.UtcDateTime, cancellationToken) is { } row)
                {
                    cache.Note(db, row.ItemId);
                    context.Send(row.Changed(now), row.ItemId.ToString());
                }
            }
        }

        context.Send(reservation.ReleaseReply());
    }
}
