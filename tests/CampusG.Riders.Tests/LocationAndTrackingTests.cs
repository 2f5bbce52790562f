using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Riders.Contracts;

namespace CampusG.Riders.Tests;

/// <summary>Availability, live location and the tracking view on a real host (the probe plays Orders).</summary>
public sealed class LocationAndTrackingTests : IAsyncLifetime
{
    private RidersHost _riders = null!;

    public async Task InitializeAsync() => _riders = await RidersHost.StartAsync();

    public async Task DisposeAsync() => await _riders.DisposeAsync();

    [Fact]
    public async Task Availability_IsValidated_AndReadBack()
    {
        var rider = Guid.NewGuid();
        Assert.False((await _riders.GetJsonAsync<AvailabilityJson>(rider, "/v1/riders/me/availability")).Online);
        foreach (var bad in new[] { "{}", """{"online":true,"lat":91,"lng":0}""", """{"online":true,"lat":1.3}""", """{"online":true,"location":""}""" })
        {
            using var response = await _riders.PutAsync(rider, "/v1/riders/me/availability", bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("VALIDATION_FAILED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var online = await _riders.GoOnlineAsync(rider, (1.3, 103.85));
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        var now = await _riders.GetJsonAsync<AvailabilityJson>(rider, "/v1/riders/me/availability");
        Assert.Equal((true, "Library", 1.3, 103.85), (now.Online, now.Location, now.Lat, now.Lng));
        Assert.NotNull(now.Since);
    }

    [Fact]
    public async Task Location_NeedsOnlineOrADelivery_AndIsValidated()
    {
        var rider = Guid.NewGuid();
        using (var offline = await _riders.MoveAsync(rider, 1.3, 103.85))
        {
            Assert.Equal(HttpStatusCode.Conflict, offline.StatusCode);
            Assert.Contains("RIDER_OFFLINE", await offline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var bad = await _riders.PutAsync(rider, "/v1/riders/me/location", """{"lat":1.3}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        await _riders.GoOnlineAsync(rider);
        using var moved = await _riders.MoveAsync(rider, 1.3, 103.85);
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
    }

    [Fact]
    public async Task Fifty_ConcurrentUpdatesFromOneRider_AreAllAnswered()
    {
        var rider = Guid.NewGuid();
        await _riders.GoOnlineAsync(rider);
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _riders.MoveAsync(rider, 1.29 + (i / 10000.0), 103.85)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task TheRiderPosition_IsShownToTheParties_OnlyOnTheWay_AndIsGoneAfterDelivery()
    {
        var rider = Guid.NewGuid();
        await _riders.GoOnlineAsync(rider, (1.2990, 103.8520));
        var (orderId, customerId, ownerId) = await _riders.MenuOrderAcceptedAsync();
        await _riders.AssignedAsync(orderId);
        var t0 = DateTimeOffset.UtcNow;
        await _riders.ConfirmAsync(orderId, customerId, rider, t0);
        await _riders.MoveAsync(rider, 1.2980, 103.8510);
        var path = $"/v1/orders/{orderId}/tracking";

        var assigned = await Testing.Eventually.UntilAsync(() => _riders.GetJsonAsync<TrackingJson>(customerId, path), t => t.Status == OrderStatuses.RiderAssigned);
        Assert.Null(assigned.RiderLocation);
        Assert.NotNull(assigned.Eta);
        Assert.Equal((rider, "Koufu"), (assigned.RiderId, assigned.Pickup?.Name));
        using (var raw = await _riders.GetAsync(customerId, path))
        {
            Assert.Matches("\"eta\":\"[^\"]+Z\"", await raw.Content.ReadAsStringAsync());
        }

        using (var stranger = await _riders.GetAsync(Guid.NewGuid(), path))
        {
            Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        }

        await _riders.SendAsync(orderId, new OrderStatusUpdated(orderId, customerId, rider, OrderStatuses.PickedUp, null, t0.AddSeconds(1)));
        await _riders.MoveAsync(rider, 1.2950, 103.8490);
        var onTheWay = await Testing.Eventually.UntilAsync(
            () => _riders.GetJsonAsync<TrackingJson>(customerId, path), t => t.RiderLocation is { Lat: 1.2950 }, what: "the live position");
        Assert.Equal(103.8490, onTheWay.RiderLocation!.Lng);
        Assert.Equal(1.2950, (await _riders.GetJsonAsync<TrackingJson>(ownerId, path)).RiderLocation?.Lat);
        Assert.Equal(1.2950, (await _riders.GetJsonAsync<TrackingJson>(rider, path)).RiderLocation?.Lat);

        await _riders.SendAsync(orderId, new OrderStatusUpdated(orderId, customerId, rider, OrderStatuses.Delivered, Guid.NewGuid(), t0.AddSeconds(2)));
        var delivered = await Testing.Eventually.UntilAsync(() => _riders.GetJsonAsync<TrackingJson>(customerId, path), t => t.Status == OrderStatuses.Delivered);
        Assert.Null(delivered.RiderLocation);
        Assert.Null(delivered.Eta);
    }

    [Fact]
    public async Task TheRidersDistance_MovesTheEta_AndOrdersIsTold()
    {
        var rider = Guid.NewGuid();
        await _riders.GoOnlineAsync(rider, RidersHost.Restaurant);
        var (orderId, customerId, _) = await _riders.MenuOrderAcceptedAsync();
        await _riders.AssignedAsync(orderId);
        await _riders.ConfirmAsync(orderId, customerId, rider);

        // About 5.6 km away: at 1.4 m/s over an hour to the restaurant, far beyond the kitchen's 10 minutes.
        await _riders.MoveAsync(rider, 1.3466, 103.8502);

        var change = await _riders.Probe.WaitForAsync<RiderEtaChanged>(e => e.OrderId == orderId);
        Assert.InRange(change.Eta - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(75), TimeSpan.FromMinutes(85));
    }
}
