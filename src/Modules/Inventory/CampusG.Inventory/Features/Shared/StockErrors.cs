using CampusG.ServiceDefaults.Errors;

namespace CampusG.Inventory.Features;

/// <summary>The Inventory module's error codes (docs/api.md, "Inventory").</summary>
internal static class StockErrors
{
    public const string ItemNotFound = "ITEM_NOT_FOUND";
    public const string NotRestaurantOwner = "NOT_RESTAURANT_OWNER";
    public const string StockNegative = "STOCK_NEGATIVE";
    public const string StockNotCounted = "STOCK_NOT_COUNTED";

    public static ApiException NotFound(Guid itemId) => ApiErrors.NotFound(ItemNotFound, $"No menu item {itemId} is known.");

    public static ApiException NotOwner() =>
        ApiErrors.Forbidden(NotRestaurantOwner, "Only the item's restaurant owner or an operator changes its stock.");

    public static ApiException Negative(int count, int delta) =>
        ApiErrors.Conflict(StockNegative, $"The stock is {count}; adding {delta} would take it below zero.");

    public static ApiException NotCounted() =>
        ApiErrors.Conflict(StockNotCounted, "This item's stock is not counted: it is available while the owner marks it so.");
}
