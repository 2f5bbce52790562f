namespace CampusG.Browser.Tests.Support;

/// <summary>A restaurant and a menu order set up through the public API, for tests about what happens after.</summary>
public static class MenuOrder
{
    /// <summary><paramref name="owner"/> opens a restaurant (at <paramref name="lat"/>, <paramref name="lng"/> when given) with one item; returns both ids.</summary>
    public static async Task<(Guid RestaurantId, Guid ItemId)> OpenRestaurantAsync(
        HttpClient http, Student owner, string name, string location, double? lat = null, double? lng = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var restaurant = await owner.SendAsync(http, HttpMethod.Post, "/v1/restaurants", new { name, location, lat, lng });
        var restaurantId = restaurant.GetProperty("restaurantId").GetGuid();
        var item = await owner.SendAsync(http, HttpMethod.Post, $"/v1/restaurants/{restaurantId}/items", new { name = "Chicken rice", price = 4.50m, stock = (int?)null });
        return (restaurantId, item.GetProperty("itemId").GetGuid());
    }

    /// <summary><paramref name="customer"/> orders one item, delivered to "Library, level 2"; returns once it is PLACED.</summary>
    public static async Task<Guid> PlaceAsync(HttpClient http, Student customer, Guid restaurantId, Guid itemId, decimal deliveryFee = 2.00m)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var order = await customer.SendAsync(http, HttpMethod.Post, "/v1/orders",
            new { restaurantId, items = new[] { new { itemId, quantity = 1 } }, deliveryFee, deliveryLocation = "Library, level 2" });
        var orderId = order.GetProperty("orderId").GetGuid();
        await Errand.StatusAsync(http, customer, orderId, "PLACED");
        return orderId;
    }

    /// <summary>The owner accepts the order, to be ready in <paramref name="minutes"/>.</summary>
    public static Task AcceptAsync(HttpClient http, Student owner, Guid restaurantId, Guid orderId, int minutes = 10)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.SendAsync(http, HttpMethod.Post, $"/v1/restaurants/{restaurantId}/orders/{orderId}",
            new { action = "ACCEPT", estimatedReadyTime = DateTimeOffset.UtcNow.AddMinutes(minutes) });
    }
}
