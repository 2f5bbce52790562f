using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampusG.Messaging;
using CampusG.Orders.Domain;

namespace CampusG.Orders.Features;

/// <summary>
/// The body of <c>POST /v1/orders</c>: an errand (description, fees, location) or, with a <c>restaurantId</c>, a menu
/// order (items, delivery fee, location or address). Every field is nullable so a missing one is a validation entry,
/// not a binding error.
/// </summary>
internal sealed record CreateOrderRequest(
    string? Description,
    decimal? FoodFee,
    decimal? DeliveryFee,
    string? DeliveryLocation,
    Guid? RestaurantId = null,
    IReadOnlyList<MenuLineRequest?>? Items = null,
    string? SpecialInstructions = null,
    DeliveryAddressJson? DeliveryAddress = null)
{
    public bool IsMenuOrder => RestaurantId is not null || Items is not null;
}

internal sealed record MenuLineRequest(Guid? ItemId, int? Quantity);

/// <summary>A validated order, ready to place: what its idempotency record compares, and the order it becomes.</summary>
internal interface IOrderDraft
{
    /// <summary>Hex SHA-256 of the canonical request: equal for bodies that mean the same (8.5 and 8.50, field order, spacing).</summary>
    string Hash();

    Order Create(Guid customerId, DateTime now);
}

/// <summary>A validated errand, money in minor units.</summary>
internal sealed record NewOrder(string Description, long FoodFeeMinor, long DeliveryFeeMinor, string DeliveryLocation) : IOrderDraft
{
    public string Hash() => CanonicalHash.Of(Description, FoodFeeMinor, DeliveryFeeMinor, DeliveryLocation);

    public Order Create(Guid customerId, DateTime now) => Order.Place(customerId, Description, FoodFeeMinor, DeliveryFeeMinor, DeliveryLocation, now);
}

internal static class CanonicalHash
{
    public static string Of(params object?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts))));
}

/// <summary>The rules of docs/api.md for a new order, one entry per bad field.</summary>
internal static class CreateOrderValidation
{
    public const int MaxDescription = 500;
    public const int MaxDeliveryLocation = 255;
    public const decimal MaxFee = 999.99m;

    public static List<(string Field, string Detail)> Check(CreateOrderRequest request)
    {
        var failures = new List<(string, string)>();
        AddIfBad(failures, "description", Text(request.Description, MaxDescription));
        AddIfBad(failures, "foodFee", Fee(request.FoodFee));
        AddIfBad(failures, "deliveryFee", Fee(request.DeliveryFee));
        AddIfBad(failures, "deliveryLocation", Text(request.DeliveryLocation, MaxDeliveryLocation));
        if (failures.Count == 0 && request.FoodFee + request.DeliveryFee <= 0m)
        {
            failures.Add(("total", "foodFee + deliveryFee must be greater than 0."));
        }

        return failures;
    }

    /// <summary>The request as a <see cref="NewOrder"/>; call only when <see cref="Check"/> found nothing.</summary>
    public static NewOrder ToNewOrder(CreateOrderRequest request) => new(
        request.Description!, Money.ToMinor(request.FoodFee!.Value), Money.ToMinor(request.DeliveryFee!.Value), request.DeliveryLocation!);

    public static string? Text(string? value, int max) => value switch
    {
        null => "is required.",
        _ when string.IsNullOrWhiteSpace(value) => $"must be 1-{max} characters and not blank.",
        { Length: var length } when length > max => $"must be 1-{max} characters (got {length}).",
        _ => null,
    };

    public static string? Fee(decimal? value) => value switch
    {
        null => "is required.",
        < 0m or > MaxFee => $"must be between 0.00 and {MaxFee:0.00}.",
        { } fee when !Money.HasAtMostTwoDecimals(fee) => "must have at most 2 decimal places.",
        _ => null,
    };

    public static void AddIfBad(List<(string, string)> failures, string field, string? detail)
    {
        if (detail is not null)
        {
            failures.Add((field, detail));
        }
    }
}
