using System.Security.Claims;
using CampusG.Auth;
using CampusG.Inventory.Cache;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using CampusG.Messaging.Outbox;
using CampusG.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

internal sealed record AdjustStockRequest(int? Delta);

/// <summary>
/// <c>POST /v1/products/{itemId}/adjust</c>: the item's restaurant owner or an operator adds to or takes from its
/// counted stock, which never goes below zero nor above <see cref="StockItem.MaxCount"/>. The change and its
/// <c>inventory.stockChanged</c> commit together.
/// </summary>
internal static class AdjustStockEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/{itemId:guid}/adjust", HandleAsync)
            .WithName("AdjustStock")
            .WithSummary("The owner or an operator changes an item's counted stock.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<ItemAvailability>> HandleAsync(
        Guid itemId, AdjustStockRequest request, ClaimsPrincipal user, InventoryDbContext db, WriteGate<InventoryDbContext> writes,
        MessageOutbox<InventoryDbContext> outbox, AvailabilityCacheInterceptor cache, TimeProvider time, CancellationToken cancellationToken)
    {
        var delta = Validate(request);
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.ItemId == itemId, cancellationToken) ?? throw StockErrors.NotFound(itemId);
        if (item.OwnerId != user.UserId() && !user.IsInRole(CampusGClaims.AdminRole))
        {
            throw StockErrors.NotOwner();
        }

        var now = time.GetUtcNow();
        var row = await AdjustAsync(db, itemId, delta, now.UtcDateTime, cancellationToken);
        outbox.Send(row.Changed(now), itemId.ToString());
        cache.Note(db, itemId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ItemAvailability.From(row));
    }

    private static int Validate(AdjustStockRequest request) => request.Delta switch
    {
        null or 0 => throw ApiErrors.Validation(("delta", "is required: a whole number other than 0.")),
        < -StockItem.MaxCount or > StockItem.MaxCount =>
            throw ApiErrors.Validation(("delta", $"must be between -{StockItem.MaxCount} and {StockItem.MaxCount}.")),
        { } delta => delta,
    };

    /// <summary>
    /// The conditional update; when it changes nothing, the stock as it is now says why. Where another process changed
    /// the stock in between (PostgreSQL) and the change now fits, it is tried again.
    /// </summary>
    private static async Task<StockRow> AdjustAsync(InventoryDbContext db, Guid itemId, int delta, DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await StockCounter.TryAdjustAsync(db, itemId, delta, now, cancellationToken) is { } row)
            {
                return row;
            }

            var count = await StockCounter.CountAsync(db, itemId, cancellationToken);
            _ = count switch
            {
                null => throw StockErrors.NotCounted(),
                _ when count + delta < 0 => throw StockErrors.Negative(count.Value, delta),
                _ when count + delta > StockItem.MaxCount =>
                    throw ApiErrors.Validation(("delta", $"would take the stock from {count} above {StockItem.MaxCount}.")),
                _ => 0,
            };
        }
    }
}
