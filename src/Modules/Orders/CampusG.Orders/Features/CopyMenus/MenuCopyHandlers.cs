using CampusG.Messaging;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Restaurants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>Keeps Orders' copy of a restaurant up to date; an older or repeated snapshot changes nothing.</summary>
internal sealed class RestaurantCopyHandler(OrdersDbContext db) : IMessageHandler<RestaurantChanged>
{
    public async Task HandleAsync(RestaurantChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var copy = await db.RestaurantCopies.SingleOrDefaultAsync(r => r.Id == message.RestaurantId, cancellationToken);
        if (copy is null)
        {
            copy = RestaurantCopy.New(message.RestaurantId);
            db.RestaurantCopies.Add(copy);
        }

        copy.Apply(message);
    }
}

/// <summary>Keeps Orders' copy of a menu item (its name, price and available flag) up to date.</summary>
internal sealed class MenuItemCopyHandler(OrdersDbContext db) : IMessageHandler<MenuItemChanged>
{
    public async Task HandleAsync(MenuItemChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var copy = await db.MenuItemCopies.SingleOrDefaultAsync(i => i.Id == message.ItemId, cancellationToken);
        if (copy is null)
        {
            copy = MenuItemCopy.New(message.ItemId);
            db.MenuItemCopies.Add(copy);
        }

        copy.Apply(message, Money.ToMinor(message.Price));
    }
}
