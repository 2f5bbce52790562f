using System.Net;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// Menu orders end to end: a restaurant's menu, stock reserved first, the restaurant's decision, a rider, the two
/// splits; and every way such an order is undone. Runs embedded and distributed like the errand suite.
/// </summary>
[Collection(SharedCampus.Name)]
public sealed class MenuOrderTests(TestCampus campus)
{
    [Fact]
    [Trait(TestCampus.Deployment, TestCampus.Containers)]
    public async Task AMenuOrder_GoesFromPlacedToCompleted_PayingTheOwnerTheFoodAndTheRiderTheDelivery()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 10);
        var rider = await CampusApi.SignUpAsync(campus.Host.CreateClient());

        var orderId = await restaurant.PlaceAsync(customer);
        var placed = await customer.WaitForStatusAsync(orderId, "PLACED");
        Assert.Equal("MENU", placed.GetProperty("kind").GetString());
        Assert.Equal(2 * TestRestaurant.RicePrice + TestRestaurant.TeaPrice, placed.GetProperty("foodFee").GetDecimal());
        await restaurant.WaitForRiceLeftAsync(8);
        await restaurant.Owner.WaitForNotificationAsync("RESTAURANT_NEW_ORDER", orderId);
        var queue = await restaurant.Owner.GetJsonAsync($"/v1/restaurants/{restaurant.RestaurantId}/orders?status=PLACED");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), o => o.GetProperty("orderId").GetGuid() == orderId);

        using (var accepted = await restaurant.DecideAsync(orderId, accept: true))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var confirmed = await customer.WaitForStatusAsync(orderId, "ACCEPTED");
        Assert.Equal(JsonValueKind.String, confirmed.GetProperty("eta").ValueKind);
        await customer.WaitForNotificationAsync("ORDER_CONFIRMED", orderId);
        using (var ready = await restaurant.Owner.SendAsync(HttpMethod.Post, $"/v1/restaurants/{restaurant.RestaurantId}/orders/{orderId}/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        // The list is oldest first, and the shared campus keeps other tests' errands waiting: ask for a full page.
        var open = await rider.WaitForJsonAsync("/v1/orders/available?limit=100", a => a.GetProperty("items").EnumerateArray().Any(o => o.GetProperty("orderId").GetGuid() == orderId));
        Assert.NotNull(open.ToString());
        using (var take = await rider.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, take.StatusCode);
        }

        await customer.WaitForStatusAsync(orderId, "RIDER_ASSIGNED");
        await customer.WaitForNotificationAsync("RIDER_ASSIGNED", orderId);
        foreach (var status in new[] { "PICKED_UP", "DELIVERED" })
        {
            using var update = await rider.SendAsync(HttpMethod.Patch, $"/v1/riders/{rider.UserId}/orders/{orderId}", new { status });
            Assert.True(update.StatusCode == HttpStatusCode.NoContent, $"{status}: {(int)update.StatusCode} {await update.Content.ReadAsStringAsync()}");
        }

        var completed = await customer.WaitForStatusAsync(orderId, "COMPLETED");
        Assert.Equal(["PENDING_PAYMENT", "PLACED", "ACCEPTED", "RIDER_ASSIGNED", "PICKED_UP", "DELIVERED", "COMPLETED"], CreateOrderTests.Timeline(completed));
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() == "RELEASED"
            && p.GetProperty("splits").EnumerateArray().All(s => s.GetProperty("status").GetString() == "RELEASED"));
        var splits = payment.GetProperty("splits").EnumerateArray()
            .Select(s => (s.GetProperty("party").GetString(), s.GetProperty("partyId").GetGuid(), s.GetProperty("amount").GetDecimal())).ToList();
        Assert.Equal([("RESTAURANT", restaurant.Owner.UserId, 2 * TestRestaurant.RicePrice + TestRestaurant.TeaPrice), ("RUNNER", rider.UserId, 2.00m)], splits);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        var ownerView = await restaurant.Owner.GetJsonAsync($"/v1/orders/{orderId}/payment");
        Assert.Equal("RELEASED", ownerView.GetProperty("escrowStatus").GetString());
        await customer.WaitForNotificationAsync("ORDER_PICKED_UP", orderId);
        Assert.Equal(8, await restaurant.RiceLeftAsync());
    }

    [Fact]
    public async Task OutOfStock_CancelsTheOrder_WithNothingAuthorized_AndTheShortItemsInTheLog()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 1);

        var orderId = await restaurant.PlaceAsync(customer, restaurant.Order(rice: 2));

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("OUT_OF_STOCK", order.GetProperty("cancellationReason").GetString());
        var events = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/events", e => Types(e).Contains("inventory.failed"));
        Assert.DoesNotContain("payment.authorize", Types(events));
        var failed = events.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "inventory.failed").GetProperty("payload");
        var shortItem = Assert.Single(failed.GetProperty("failedItems").EnumerateArray());
        Assert.Equal((restaurant.RiceId, 2, 1), (shortItem.GetProperty("itemId").GetGuid(), shortItem.GetProperty("requested").GetInt32(), shortItem.GetProperty("available").GetInt32()));
        var notice = await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
        Assert.Contains("Chicken rice", notice.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await restaurant.RiceLeftAsync());
    }

    [Fact]
    public async Task ARestaurantsReject_CancelsRefundsAndReleasesTheStock()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 5);
        var orderId = await restaurant.PlaceAsync(customer);
        await customer.WaitForStatusAsync(orderId, "PLACED");
        await restaurant.WaitForRiceLeftAsync(3);

        using (var rejected = await restaurant.DecideAsync(orderId, accept: false))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        using (var again = await restaurant.DecideAsync(orderId, accept: true))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("RESTAURANT_REJECTED", order.GetProperty("cancellationReason").GetString());
        await AssertUndoneAsync(customer, restaurant, orderId, riceLeft: 5, "ORDER_REJECTED");
    }

    [Fact]
    public async Task ACustomersCancelWhilePlaced_UndoesEverything()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 5);
        var orderId = await restaurant.PlaceAsync(customer);
        await customer.WaitForStatusAsync(orderId, "PLACED");

        using (var cancel = await customer.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/cancel"))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("CUSTOMER_CANCELLED", order.GetProperty("cancellationReason").GetString());
        await AssertUndoneAsync(customer, restaurant, orderId, riceLeft: 5, "ORDER_CANCELLED");
    }

    [Fact]
    public async Task EightConcurrentOrdersForTheLastUnit_PlaceExactlyOne()
    {
        var (_, restaurant) = await SetUpAsync(riceStock: 1);
        var customers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CampusApi.SignUpAsync(campus.Host.CreateClient())));

        var orders = await Task.WhenAll(customers.Select(async c => (Customer: c, OrderId: await restaurant.PlaceAsync(c, restaurant.Order(rice: 1, tea: 0)))));
        var outcomes = await Task.WhenAll(orders.Select(o => o.Customer.WaitForOrderAsync(
            o.OrderId, j => j.GetProperty("status").GetString() is "PLACED" or "CANCELLED")));

        Assert.Single(outcomes, o => o.GetProperty("status").GetString() == "PLACED");
        Assert.All(
            outcomes.Where(o => o.GetProperty("status").GetString() == "CANCELLED"),
            o => Assert.Equal("OUT_OF_STOCK", o.GetProperty("cancellationReason").GetString()));
        Assert.Equal(0, await restaurant.RiceLeftAsync());
    }

    [Fact]
    public async Task TheSameIdempotencyKeySixTimesAtOnce_MakesOneOrderAndOneReservation()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 10);
        var key = Guid.NewGuid().ToString();

        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => restaurant.PlaceAsync(customer, restaurant.Order(rice: 3, tea: 0), key)));

        Assert.Single(ids.Distinct());
        await customer.WaitForStatusAsync(ids[0], "PLACED");
        await restaurant.WaitForRiceLeftAsync(7);
        var events = await customer.GetJsonAsync($"/v1/orders/{ids[0]}/events");
        Assert.Single(Types(events), t => t == "inventory.reserved");
    }

    [Fact]
    public async Task AMenuOrder_IsRefusedClearly_ForAClosedRestaurantABadAddressOrAnotherRestaurantsItem()
    {
        var (customer, restaurant) = await SetUpAsync(riceStock: 5);
        var other = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(campus.Host.CreateClient()), riceStock: 5);
        await restaurant.PlaceAsync(customer); // Orders knows both restaurants' menus from here on
        await other.PlaceAsync(customer);

        using var badAddress = await customer.SendAsync(HttpMethod.Post, "/v1/orders", new
        {
            restaurantId = restaurant.RestaurantId, items = new[] { new { itemId = restaurant.RiceId, quantity = 1 } }, deliveryFee = 1.00m,
            deliveryAddress = new { street = "", city = "Singapore", zipCode = "x" },
        });
        Assert.Equal("INVALID_ADDRESS", await CodeAsync(badAddress));
        using var foreign = await customer.SendAsync(HttpMethod.Post, "/v1/orders", new
        {
            restaurantId = restaurant.RestaurantId, items = new[] { new { itemId = other.RiceId, quantity = 1 } }, deliveryFee = 1.00m,
            deliveryLocation = "Hall 7",
        });
        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION_FAILED"), (foreign.StatusCode, await CodeAsync(foreign)));
        using (var close = await restaurant.Owner.SendAsync(HttpMethod.Patch, $"/v1/restaurants/{restaurant.RestaurantId}", new { status = "CLOSED" }))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var closed = await customer.SendAsync(HttpMethod.Post, "/v1/orders", restaurant.Order(rice: 1));
            if (closed.StatusCode == HttpStatusCode.Conflict)
            {
                Assert.Equal("RESTAURANT_CLOSED", await CodeAsync(closed));
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the closed restaurant kept taking orders");
            await Task.Delay(200);
        }
    }

    internal static async Task AssertUndoneAsync(CampusApi customer, TestRestaurant restaurant, Guid orderId, int riceLeft, string template)
    {
        // payment.refunded and escrow.refunded come from two modules; across processes Tracking may see either first
        await customer.WaitForJsonAsync(
            $"/v1/orders/{orderId}/payment",
            p => p.GetProperty("paymentStatus").GetString() == "REFUNDED" && p.GetProperty("escrowStatus").GetString() == "REFUNDED");
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await restaurant.WaitForRiceLeftAsync(riceLeft);
        var events = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/events", e => Types(e).Contains("inventory.released"));
        Assert.Single(Types(events), t => t == "inventory.released");
        await customer.WaitForNotificationAsync(template, orderId);
    }

    internal static List<string?> Types(JsonElement events) =>
        [.. events.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString())];

    private async Task<(CampusApi Customer, TestRestaurant Restaurant)> SetUpAsync(int riceStock)
    {
        var owner = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var customer = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        return (customer, await TestRestaurant.OpenAsync(owner, riceStock));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("code").GetString();
}
