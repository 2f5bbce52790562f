using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Restaurants.Contracts;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

/// <summary>Menu orders in the Orders module alone: the probe plays Restaurants (the copies) and the Create Order saga.</summary>
internal static class MenuOrderFlow
{
    /// <summary>A menu order paid for and accepted by its restaurant (ACCEPTED, waiting for a rider); returns it and the owner.</summary>
    public static async Task<(Guid OrderId, Guid Owner)> RestaurantAcceptedAsync(OrdersHostFixture fixture, Guid customer, (double Lat, double Lng)? at = null)
    {
        var (restaurant, owner, item) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = DateTimeOffset.UtcNow;
        await fixture.Probe.SendAsync(
            new RestaurantChanged(restaurant, owner, "Koufu", "SMU SCIS 1", RestaurantStatuses.Open, at?.Lat, at?.Lng, 1, now), restaurant.ToString());
        await fixture.Probe.SendAsync(new MenuItemChanged(item, restaurant, owner, "Chicken rice", 4.50m, true, null, 1, now), restaurant.ToString());
        var body = $$"""{"restaurantId":"{{restaurant}}","items":[{"itemId":"{{item}}","quantity":2}],"deliveryFee":2.00,"deliveryLocation":"SCIS 1 lobby"}""";
        var created = await Eventually.UntilAsync(
            async () =>
            {
                using var response = await fixture.Api.CreateAsync(customer, body);
                return response.StatusCode == HttpStatusCode.Created ? await OrdersApi.ReadAsync<OrderResponse>(response) : null;
            },
            order => order is not null,
            what: "the restaurant and item copies");
        var orderId = created!.OrderId;
        await fixture.Probe.SendAsync(new MarkOrderCreated(orderId), orderId.ToString());
        await fixture.Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == orderId && m.Status == OrderStatuses.Placed);
        var ready = now.AddMinutes(30).ToString("O");
        using var decision = await fixture.Api.PostAsync(owner, $"/v1/restaurants/{restaurant}/orders/{orderId}", $$"""{"action":"ACCEPT","estimatedReadyTime":"{{ready}}"}""");
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        return (orderId, owner);
    }
}
