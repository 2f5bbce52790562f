using CampusG.Inventory.Cache;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

/// <summary>
/// Reserves an order's items, all or nothing, once per order: the first command decides and is kept (a tombstone left
/// by an earlier release makes it fail with RELEASED); a redelivered, re-sent or replayed one repeats that reply and
/// changes nothing. Counted stock is taken by conditional updates, so racing orders never take the same last unit.
/// </summary>
internal sealed class ReserveStockHandler(InventoryDbContext db, AvailabilityCacheInterceptor cache, FaultInjection faults, TimeProvider time)
    : IMessageHandler<ReserveStock>
{
    public async Task HandleAsync(ReserveStock message, IMessageContext context, CancellationToken cancellationToken)
    {
        var existing = await db.Reservations.AsNoTracking().Include(r => r.Lines)
            .SingleOrDefaultAsync(r => r.OrderId == message.OrderId, cancellationToken);
        if (existing is not null)
        {
            Reply(context, existing);
            return;
        }

        var now = time.GetUtcNow();
        var request = ReservationRequest.From(message);
        var reservation = faults.ShouldFail("inventory.reserve")
            ? request.Refused(now.UtcDateTime)
            : await DecideAsync(request, context, now, cancellationToken);
        db.Reservations.Add(reservation);
        Reply(context, reservation);
    }

    /// <summary>Sends the reservation's reply as its own message type (the wire name comes from the type).</summary>
    private static void Reply(IMessageContext context, Reservation reservation)
    {
        switch (reservation.ReserveReply())
        {
            case StockReserved reserved:
                context.Send(reserved);
                break;
            case StockReservationFailed failed:
                context.Send(failed);
                break;
        }
    }

    private async Task<Reservation> DecideAsync(ReservationRequest request, IMessageContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = request.ItemIds;
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.ItemId)).ToDictionaryAsync(i => i.ItemId, cancellationToken);
        var shortfalls = request.Check(items);
        if (shortfalls.Count > 0)
        {
            return request.Failed(shortfalls, now.UtcDateTime);
        }

        var (taken, failure) = await TakeAllAsync(request, items, now.UtcDateTime, cancellationToken);
        if (failure is not null)
        {
            return request.Failed(failure, now.UtcDateTime);
        }

        foreach (var (row, _) in taken)
        {
            cache.Note(db, row.ItemId);
            context.Send(row.Changed(now), row.ItemId.ToString());
        }

        return request.Reserved(taken.Select(t => t.Row.ItemId).ToHashSet(), now.UtcDateTime);
    }

    /// <summary>
    /// Takes the counted items one after another in id order (so two transactions taking the same items never wait on
    /// each other in a circle). If another order took one since the check (PostgreSQL, several processes), what this
    /// one took is given back in the same transaction and the short item is reported.
    /// </summary>
    private async Task<(List<(StockRow Row, int Quantity)> Taken, Dictionary<Guid, Shortfall>? Failure)> TakeAllAsync(
        ReservationRequest request, Dictionary<Guid, StockItem> items, DateTime now, CancellationToken cancellationToken)
    {
        var taken = new List<(StockRow Row, int Quantity)>();
        foreach (var line in request.Lines.Where(l => items.GetValueOrDefault(l.ItemId)?.Count is not null).OrderBy(l => l.ItemId))
        {
            if (await StockCounter.TryTakeAsync(db, line.ItemId, line.Quantity, now, cancellationToken) is not { } row)
            {
                foreach (var (took, quantity) in taken)
                {
                    await StockCounter.UndoTakeAsync(db, took.ItemId, quantity, cancellationToken);
                }

                var left = await StockCounter.CountAsync(db, line.ItemId, cancellationToken) ?? 0;
                return ([], new Dictionary<Guid, Shortfall> { [line.ItemId] = new(left, Unavailable: false) });
            }

            taken.Add((row, line.Quantity));
        }

        return (taken, null);
    }
}
