using System.Net;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// Riders end to end: online riders are dispatched to menu orders (the nearer first, never again to one who gave an
/// order back), the customer follows the rider only while the order is on its way, and a rider's many position updates
/// are all taken. A campus of its own (one deployment for the class): riders online here would be dispatched to the
/// other suites' menu orders. Each test takes its riders offline again at the end, so the next test's dispatch sees
/// only its own.
/// </summary>
public sealed class RiderDispatchTests(TestCampus campus) : IClassFixture<TestCampus>
{
    private static readonly (double Lat, double Lng) Stall = (1.2966, 103.8502);
    private readonly CampusG.Testing.ICampusG _host = campus.Host;

    [Fact]
    public async Task TheNearerOnlineRider_IsAssignedWithinSeconds_AGiveBackGoesToTheOther_AndTheCustomerFollowsTheRide()
    {
        var (customer, restaurant) = await SetUpAsync();
        var near = await OnlineRiderAsync((1.2970, 103.8506));
        var far = await OnlineRiderAsync((1.3050, 103.8600));
        try
        {
            var orderId = await AcceptedMenuOrderAsync(customer, restaurant);

            var assigned = await customer.WaitForStatusAsync(orderId, "RIDER_ASSIGNED", TimeSpan.FromSeconds(30));
            Assert.Equal(near.UserId, assigned.GetProperty("runnerId").GetGuid());
            await near.WaitForNotificationAsync("RIDER_ASSIGNED", orderId);
            await customer.WaitForNotificationAsync("RIDER_ASSIGNED", orderId);
            var tracking = await customer.GetJsonAsync($"/v1/orders/{orderId}/tracking");
            Assert.Equal(JsonValueKind.Null, tracking.GetProperty("riderLocation").ValueKind);
            Assert.Equal(JsonValueKind.String, tracking.GetProperty("eta").ValueKind);

            using (var giveBack = await near.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/acceptance/cancel"))
            {
                Assert.Equal(HttpStatusCode.OK, giveBack.StatusCode);
            }

            var reassigned = await customer.WaitForOrderAsync(orderId, o => o.GetProperty("runnerId").ValueKind == JsonValueKind.String
                && o.GetProperty("runnerId").GetGuid() == far.UserId && o.GetProperty("status").GetString() == "RIDER_ASSIGNED");
            Assert.Contains("RIDER_ASSIGNED", CreateOrderTests.Timeline(reassigned));
            await FollowTheRideAsync(customer, far, orderId);
        }
        finally
        {
            await OfflineAsync(near, far);
        }
    }

    [Fact]
    public async Task WithNobodyOnline_TheOrderStaysOpen_UntilARiderComesOnline()
    {
        var (customer, restaurant) = await SetUpAsync();
        var orderId = await AcceptedMenuOrderAsync(customer, restaurant);
        var runner = await CampusApi.SignUpAsync(_host.CreateClient());
        await runner.WaitForJsonAsync("/v1/orders/available", a => a.GetProperty("items").EnumerateArray().Any(o => o.GetProperty("orderId").GetGuid() == orderId));

        var late = await OnlineRiderAsync(null);
        try
        {
            var assigned = await customer.WaitForStatusAsync(orderId, "RIDER_ASSIGNED", TimeSpan.FromSeconds(30));
            Assert.Equal(late.UserId, assigned.GetProperty("runnerId").GetGuid());
        }
        finally
        {
            await OfflineAsync(late);
        }
    }

    [Fact]
    public async Task FiftyConcurrentLocationUpdatesFromOneRider_AreAllAnswered_AndStrangersSeeNothing()
    {
        var rider = await OnlineRiderAsync((1.2990, 103.8520));
        try
        {
            var updates = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => MoveAsync(rider, (1.2990 + (i / 100000.0), 103.8520))));
            Assert.All(updates, status => Assert.Equal(HttpStatusCode.NoContent, status));
            using var stranger = await rider.SendAsync(HttpMethod.Get, $"/v1/orders/{Guid.NewGuid()}/tracking");
            Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        }
        finally
        {
            await OfflineAsync(rider);
        }
    }

    /// <summary>Picked up: the customer sees the rider's position; delivered: it is gone, and strangers never see it.</summary>
    private async Task FollowTheRideAsync(CampusApi customer, CampusApi rider, Guid orderId)
    {
        var path = $"/v1/orders/{orderId}/tracking";
        Assert.Equal(HttpStatusCode.NoContent, await MoveAsync(rider, (1.2980, 103.8510)));
        Assert.Equal(JsonValueKind.Null, (await customer.GetJsonAsync(path)).GetProperty("riderLocation").ValueKind);
        await PatchAsync(rider, orderId, "PICKED_UP");
        await customer.WaitForJsonAsync(path, t => t.GetProperty("status").GetString() == "PICKED_UP");
        Assert.Equal(HttpStatusCode.NoContent, await MoveAsync(rider, (1.2950, 103.8490)));

        var onTheWay = await customer.WaitForJsonAsync(path, t => t.GetProperty("riderLocation").ValueKind == JsonValueKind.Object
            && t.GetProperty("riderLocation").GetProperty("lat").GetDouble() == 1.2950);
        Assert.Equal(103.8490, onTheWay.GetProperty("riderLocation").GetProperty("lng").GetDouble());
        var stranger = await CampusApi.SignUpAsync(_host.CreateClient());
        using (var denied = await stranger.SendAsync(HttpMethod.Get, path))
        {
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode);
        }

        await PatchAsync(rider, orderId, "DELIVERED");
        var delivered = await customer.WaitForJsonAsync(path, t => t.GetProperty("status").GetString() is "DELIVERED" or "COMPLETED");
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("riderLocation").ValueKind);
        await customer.WaitForStatusAsync(orderId, "COMPLETED");
        await MoneyCheck.AssertSettledAsync(customer, orderId);
    }

    private async Task<(CampusApi Customer, TestRestaurant Restaurant)> SetUpAsync()
    {
        var customer = await CampusApi.SignUpAsync(_host.CreateClient());
        var restaurant = await TestRestaurant.OpenAsync(await CampusApi.SignUpAsync(_host.CreateClient()), riceStock: 10, at: Stall);
        return (customer, restaurant);
    }

    private static async Task<Guid> AcceptedMenuOrderAsync(CampusApi customer, TestRestaurant restaurant)
    {
        var orderId = await restaurant.PlaceAsync(customer);
        await customer.WaitForStatusAsync(orderId, "PLACED");
        using var accepted = await restaurant.DecideAsync(orderId, accept: true);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return orderId;
    }

    private async Task<CampusApi> OnlineRiderAsync((double Lat, double Lng)? at)
    {
        var rider = await CampusApi.SignUpAsync(_host.CreateClient());
        using var online = await rider.SendAsync(HttpMethod.Put, "/v1/riders/me/availability", at is { } p
            ? new { online = true, location = "Li Ka Shing Library", lat = (double?)p.Lat, lng = (double?)p.Lng }
            : new { online = true, location = "Li Ka Shing Library", lat = (double?)null, lng = (double?)null });
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        var body = await online.Content.ReadAsStringAsync();
        Assert.Contains("\"online\":true", body, StringComparison.Ordinal);
        return rider;
    }

    private static async Task OfflineAsync(params CampusApi[] riders)
    {
        foreach (var rider in riders)
        {
            using var offline = await rider.SendAsync(HttpMethod.Put, "/v1/riders/me/availability", new { online = false });
            Assert.Equal(HttpStatusCode.OK, offline.StatusCode);
        }
    }

    private static async Task<HttpStatusCode> MoveAsync(CampusApi rider, (double Lat, double Lng) to)
    {
        using var response = await rider.SendAsync(HttpMethod.Put, "/v1/riders/me/location", new { lat = to.Lat, lng = to.Lng, accuracyM = 10 });
        return response.StatusCode;
    }

    private static async Task PatchAsync(CampusApi rider, Guid orderId, string status)
    {
        using var update = await rider.SendAsync(HttpMethod.Patch, $"/v1/riders/{rider.UserId}/orders/{orderId}", new { status });
        Assert.True(update.StatusCode == HttpStatusCode.NoContent, $"{status}: {(int)update.StatusCode} {await update.Content.ReadAsStringAsync()}");
    }
}
