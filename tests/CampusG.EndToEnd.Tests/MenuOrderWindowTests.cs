using System.Net;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>A menu order's windows running out (4 s each on the short-windows campus): no decision from the restaurant, no rider.</summary>
[Collection(ShortWindows.Name)]
public sealed class MenuOrderWindowTests(ShortWindowsCampus campus)
{
    private CampusG.Testing.CampusGHost Host => campus.Host;

    [Fact]
    public async Task NoDecisionInTime_CancelsRestaurantTimeout_AndUndoesEverything()
    {
        var customer = await CampusApi.SignUpAsync(Host.CreateClient());
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(Host.CreateClient()), riceStock: 5);

        var orderId = await restaurant.PlaceAsync(customer);

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("RESTAURANT_TIMEOUT", order.GetProperty("cancellationReason").GetString());
        Assert.Equal(["PENDING_PAYMENT", "PLACED", "CANCELLED"], CreateOrderTests.Timeline(order));
        await MenuOrderTests.AssertUndoneAsync(customer, restaurant, orderId, riceLeft: 5, "ORDER_CANCELLED");
        using var late = await restaurant.DecideAsync(orderId, accept: true);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task NoRiderInTime_CancelsNoRider_AndRefundsInFull()
    {
        var customer = await CampusApi.SignUpAsync(Host.CreateClient());
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(Host.CreateClient()), riceStock: 5);
        var orderId = await restaurant.PlaceAsync(customer);
        await customer.WaitForStatusAsync(orderId, "PLACED");

        using (var accepted = await restaurant.DecideAsync(orderId, accept: true))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("NO_RIDER", order.GetProperty("cancellationReason").GetString());
        Assert.Equal(["PENDING_PAYMENT", "PLACED", "ACCEPTED", "CANCELLED"], CreateOrderTests.Timeline(order));
        await MenuOrderTests.AssertUndoneAsync(customer, restaurant, orderId, riceLeft: 5, "ORDER_CANCELLED");
    }
}
