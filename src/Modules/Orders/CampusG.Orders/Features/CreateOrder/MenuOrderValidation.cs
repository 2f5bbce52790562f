using System.Text.RegularExpressions;
using CampusG.Messaging;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

/// <summary>
/// The shape of a menu order body (docs/api.md, "Menu orders"): 1–30 lines, each item once, quantity 1–50, a
/// delivery fee, a delivery location or a structured address, instructions up to 500 characters; no description
/// or food fee (they come from the menu). Prices and the restaurant are checked by <see cref="MenuPricing"/>.
/// </summary>
internal static partial class MenuOrderValidation
{
    public const int MaxLines = 30;
    public const int MaxQuantity = 50;
    public const int MaxInstructions = 500;

    /// <summary>The failures of the body; an unusable address throws 400 INVALID_ADDRESS once the rest is right.</summary>
    public static List<(string Field, string Detail)> Check(CreateOrderRequest request)
    {
        var failures = new List<(string, string)>();
        if (request.RestaurantId is null)
        {
            failures.Add(("restaurantId", "is required for a menu order."));
        }

        CheckLines(request.Items, failures);
        CreateOrderValidation.AddIfBad(failures, "deliveryFee", CreateOrderValidation.Fee(request.DeliveryFee));
        CreateOrderValidation.AddIfBad(failures, "description", request.Description is null ? null : "is not sent for a menu order: it is made from the items.");
        CreateOrderValidation.AddIfBad(failures, "foodFee", request.FoodFee is null ? null : "is not sent for a menu order: it is the sum of the menu prices.");
        CreateOrderValidation.AddIfBad(failures, "specialInstructions", request.SpecialInstructions is { Length: > MaxInstructions } ? $"must be at most {MaxInstructions} characters." : null);
        CheckWhere(request, failures);
        return failures;
    }

    /// <summary>Throws 400 INVALID_ADDRESS when the structured address lacks a street, city or a well-formed zip code.</summary>
    public static void ThrowIfInvalidAddress(DeliveryAddressJson? address)
    {
        if (address is null)
        {
            return;
        }

        var problem = Blank(address.Street, 255) ? "street is missing or too long"
            : Blank(address.City, 100) ? "city is missing or too long"
            : address.State is { Length: > 100 } ? "state is too long"
            : address.ZipCode is null || !ZipCode().IsMatch(address.ZipCode) ? "zipCode must be 3-10 letters, digits, spaces or dashes"
            : null;
        if (problem is not null)
        {
            throw ApiErrors.BadRequest(OrderErrors.InvalidAddress, $"deliveryAddress: {problem}.");
        }
    }

    public static DeliveryAddress? ToAddress(DeliveryAddressJson? json) =>
        json is null ? null : new DeliveryAddress(json.Street!.Trim(), json.City!.Trim(), string.IsNullOrWhiteSpace(json.State) ? null : json.State.Trim(), json.ZipCode!.Trim());

    private static void CheckLines(IReadOnlyList<MenuLineRequest?>? items, List<(string, string)> failures)
    {
        if (items is null || items.Count is 0 or > MaxLines)
        {
            failures.Add(("items", $"must hold 1-{MaxLines} lines."));
            return;
        }

        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i]?.ItemId is not { } itemId)
            {
                failures.Add(($"items[{i}].itemId", "is required."));
            }
            else if (!seen.Add(itemId))
            {
                failures.Add(($"items[{i}].itemId", "appears twice; put the quantity on one line."));
            }

            if (items[i]?.Quantity is not (>= 1 and <= MaxQuantity))
            {
                failures.Add(($"items[{i}].quantity", $"must be an integer 1-{MaxQuantity}."));
            }
        }
    }

    private static void CheckWhere(CreateOrderRequest request, List<(string, string)> failures)
    {
        if (request.DeliveryAddress is not null && request.DeliveryLocation is not null)
        {
            failures.Add(("deliveryLocation", "send either deliveryLocation or deliveryAddress, not both."));
        }
        else if (request.DeliveryAddress is null)
        {
            CreateOrderValidation.AddIfBad(failures, "deliveryLocation", CreateOrderValidation.Text(request.DeliveryLocation, CreateOrderValidation.MaxDeliveryLocation));
        }
    }

    private static bool Blank(string? value, int max) => string.IsNullOrWhiteSpace(value) || value.Length > max;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 \-]{1,8}[A-Za-z0-9]$")]
    private static partial Regex ZipCode();
}
