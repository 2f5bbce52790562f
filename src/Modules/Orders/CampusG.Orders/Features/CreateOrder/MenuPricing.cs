using CampusG.Messaging;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>A menu order priced from the restaurant's menu as Orders knows it now.</summary>
internal sealed record PricedMenuOrder(MenuOrderDraft Draft, string RequestHash) : IOrderDraft
{
    public string Hash() => RequestHash;

    public Order Create(Guid customerId, DateTime now) => Order.PlaceMenu(customerId, Draft, now);
}

/// <summary>
/// Checks a menu order against Orders' copy of the restaurant and its items, in the contract's order: the
/// restaurant (404), then each item (400 naming <c>items[i].itemId</c>), then open (409 RESTAURANT_CLOSED) and
/// available (409 ITEM_UNAVAILABLE); prices come from the menu, never from the client.
/// </summary>
internal sealed class MenuPricing(OrdersDbContext db)
{
    private const int MaxDescription = 500;

    public async Task<PricedMenuOrder> PriceAsync(CreateOrderRequest request, CancellationToken cancellationToken)
    {
        var restaurant = await db.RestaurantCopies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RestaurantId, cancellationToken)
            ?? throw ApiErrors.NotFound(OrderErrors.RestaurantNotFound, $"Restaurant {request.RestaurantId} was not found.");
        var lines = request.Items!.Select(l => (ItemId: l!.ItemId!.Value, Quantity: l.Quantity!.Value)).ToList();
        var ids = lines.Select(l => l.ItemId).ToList();
        var items = await db.MenuItemCopies.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var foreign = lines.Select((l, i) => (l.ItemId, Index: i))
            .Where(l => !items.TryGetValue(l.ItemId, out var item) || item.RestaurantId != restaurant.Id)
            .Select(l => ($"items[{l.Index}].itemId", $"{l.ItemId} is not on this restaurant's menu."))
            .ToArray();
        if (foreign.Length > 0)
        {
            throw ApiErrors.Validation(foreign);
        }

        if (!restaurant.IsOpen)
        {
            throw ApiErrors.Conflict(OrderErrors.RestaurantClosed, $"{restaurant.Name} is closed.");
        }

        if (lines.Select(l => items[l.ItemId]).FirstOrDefault(i => !i.Available) is { } unavailable)
        {
            throw ApiErrors.Conflict(OrderErrors.ItemUnavailable, $"{unavailable.Name} is not available.");
        }

        return new PricedMenuOrder(Draft(request, restaurant, [.. lines.Select(l => new DraftLine(l.ItemId, items[l.ItemId].Name, items[l.ItemId].PriceMinor, l.Quantity))]), Hash(request));
    }

    private static MenuOrderDraft Draft(CreateOrderRequest request, RestaurantCopy restaurant, List<DraftLine> lines)
    {
        var address = MenuOrderValidation.ToAddress(request.DeliveryAddress);
        var summary = string.Join(", ", lines.Select(l => $"{l.Quantity}× {l.Name}"));
        return new MenuOrderDraft(
            restaurant.Id, restaurant.OwnerId, restaurant.Name, restaurant.Location, summary.Length > MaxDescription ? summary[..(MaxDescription - 1)] + "…" : summary, lines,
            Money.ToMinor(request.DeliveryFee!.Value), address?.ToString() ?? request.DeliveryLocation!, address, request.SpecialInstructions);
    }

    /// <summary>What the body asks for, prices left out (they are the menu's): equal bodies, equal hashes.</summary>
    private static string Hash(CreateOrderRequest request) => CanonicalHash.Of(
        request.RestaurantId, request.Items!.Select(l => new object[] { l!.ItemId!.Value, l.Quantity!.Value }), Money.ToMinor(request.DeliveryFee!.Value),
        request.DeliveryLocation, request.DeliveryAddress, request.SpecialInstructions);
}
