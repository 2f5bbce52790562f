using System.Net;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>A menu order's windows running out: no decision from the restaurant, no rider. Short windows, a campus of its own.</summary>
public sealed class MenuOrderWindowTests : IAsyncLifetime
{
    private CampusG.Testing.CampusGHost _host = null!;

    public async Task InitializeAsync() => _host = await TestCampus.StartAsync(options =>
    {
        options.Configuration["Orders:RestaurantDecisionWindow"] = "00:00:04";
        options.Configuration["Orders:RiderWindow"] = "00:00:04";
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NoDecisionInTime_CancelsRestaurantTimeout_AndUndoesEverything()
    {
        var customer = await CampusApi.SignUpAsync(_host.CreateClient());
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(_host.CreateClient()), riceStock: 5);

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
        var customer = await CampusApi.SignUpAsync(_host.CreateClient());
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(_host.CreateClient()), riceStock: 5);
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
