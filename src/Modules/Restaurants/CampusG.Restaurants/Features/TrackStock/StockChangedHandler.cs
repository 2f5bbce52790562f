using CampusG.Inventory.Contracts;
using CampusG.Messaging;
using CampusG.Restaurants.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Restaurants.Features;

/// <summary>
/// Keeps each item's <c>availableCount</c> as Inventory reports it: a newer version replaces the count, an older or
/// repeated one (a redelivery, a late message) changes nothing. Until the first arrives the item shows the stock it
/// was added with.
/// </summary>
internal sealed partial class StockChangedHandler(RestaurantsDbContext db, ILogger<StockChangedHandler> logger) : IMessageHandler<StockChanged>
{
    public async Task HandleAsync(StockChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var item = await db.MenuItems.FindAsync([message.ItemId], cancellationToken);
        if (item is null)
        {
            LogUnknownItem(logger, message.ItemId, message.RestaurantId, message.Version);
            return;
        }

        item.ApplyStock(message.AvailableCount, message.Version);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stock change {Version} names unknown menu item {ItemId} of restaurant {RestaurantId}; ignored")]
    private static partial void LogUnknownItem(ILogger logger, Guid itemId, Guid restaurantId, long version);
}
