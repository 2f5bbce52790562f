using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>A restaurant and its menu, opened through the API, and menu orders placed against it.</summary>
public sealed record TestRestaurant(CampusApi Owner, Guid RestaurantId, Guid RiceId, Guid TeaId)
{
    public const decimal RicePrice = 4.50m;
    public const decimal TeaPrice = 1.80m;

    /// <summary>
    /// Opens a restaurant with a counted item (rice, <paramref name="riceStock"/>) and one not counted (tea), at
    /// <paramref name="at"/> when given (riders are then dispatched by distance).
    /// </summary>
    public static async Task<TestRestaurant> OpenAsync(CampusApi owner, int riceStock = 20, (double Lat, double Lng)? at = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var name = $"Stall {Guid.NewGuid():N}"[..20];
        var restaurant = await CreatedAsync(owner, "/v1/restaurants", at is { } p
            ? new { name, location = "SMU SCIS 1, basement", lat = (double?)p.Lat, lng = (double?)p.Lng }
            : new { name, location = "SMU SCIS 1, basement", lat = (double?)null, lng = (double?)null });
        var restaurantId = restaurant.GetProperty("restaurantId").GetGuid();
        var rice = await CreatedAsync(owner, $"/v1/restaurants/{restaurantId}/items", new { name = "Chicken rice", price = RicePrice, stock = riceStock });
        var tea = await CreatedAsync(owner, $"/v1/restaurants/{restaurantId}/items", new { name = "Iced lemon tea", price = TeaPrice });
        var opened = new TestRestaurant(owner, restaurantId, rice.GetProperty("itemId").GetGuid(), tea.GetProperty("itemId").GetGuid());
        // Inventory learns of the items from Restaurants' snapshots; wait until it counts the rice.
        await owner.WaitForJsonAsync($"/v1/products/{opened.RiceId}/availability", a => a.GetProperty("availableCount").GetInt32() == riceStock);
        return opened;
    }

    public object Order(int rice = 2, int tea = 1, decimal deliveryFee = 2.00m) => new
    {
        restaurantId = RestaurantId,
        items = tea > 0 ? new object[] { new { itemId = RiceId, quantity = rice }, new { itemId = TeaId, quantity = tea } } : [new { itemId = RiceId, quantity = rice }],
        deliveryFee,
        deliveryAddress = new { street = "80 Stamford Road", city = "Singapore", zipCode = "178902" },
    };

    /// <summary>
    /// Places a menu order and returns its id. Orders learns of the restaurant from its snapshots, so right after
    /// opening it may not know it yet: a 404 RESTAURANT_NOT_FOUND or an unknown item is retried for a while.
    /// </summary>
    public async Task<Guid> PlaceAsync(CampusApi customer, object? order = null, string? idempotencyKey = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await customer.SendAsync(HttpMethod.Post, "/v1/orders", order ?? Order(), idempotencyKey);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return JsonDocument.Parse(text).RootElement.GetProperty("orderId").GetGuid();
            }

            var notYetKnown = text.Contains("RESTAURANT_NOT_FOUND", StringComparison.Ordinal) || text.Contains("itemId", StringComparison.Ordinal);
            Assert.True(notYetKnown && DateTime.UtcNow < deadline, $"POST /v1/orders: {(int)response.StatusCode} {text}");
            await Task.Delay(200);
        }
    }

    public async Task<int?> RiceLeftAsync()
    {
        var availability = await Owner.GetJsonAsync($"/v1/products/{RiceId}/availability");
        return availability.GetProperty("availableCount").ValueKind == JsonValueKind.Null ? null : availability.GetProperty("availableCount").GetInt32();
    }

    public Task<JsonElement> WaitForRiceLeftAsync(int left) =>
        Owner.WaitForJsonAsync($"/v1/products/{RiceId}/availability", a => a.GetProperty("availableCount").GetInt32() == left);

    /// <summary>The owner's decision: ACCEPT with a ready time 20 minutes from now, or REJECT.</summary>
    public async Task<HttpResponseMessage> DecideAsync(Guid orderId, bool accept) => await Owner.SendAsync(
        HttpMethod.Post,
        $"/v1/restaurants/{RestaurantId}/orders/{orderId}",
        accept ? new { action = "ACCEPT", estimatedReadyTime = DateTimeOffset.UtcNow.AddMinutes(20) } : new { action = "REJECT", reason = "Sold out of rice" });

    private static async Task<JsonElement> CreatedAsync(CampusApi owner, string path, object body)
    {
        using var response = await owner.SendAsync(HttpMethod.Post, path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
