using System.Text.Json;
using System.Text.RegularExpressions;
using CampusG.Browser.Tests.Support;
using CampusG.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

/// <summary>Riders: the "go online" switch, automatic dispatch as the rider sees it, and the customer's live tracking.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LiveTrackingTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    // A restaurant at SMU, a rider waiting about 200 m away, and where the rider is once on the way.
    private static readonly (double Lat, double Lng) Restaurant = (1.29630, 103.84990);
    private static readonly (double Lat, double Lng) Waiting = (1.29750, 103.84850);
    private static readonly (double Lat, double Lng) OnTheWay = (1.29700, 103.85150);

    private HttpClient Http => campus.Host.Client;

    [Fact]
    public async Task CustomerFollowsTheRiderOnTheMap_UntilTheOrderIsDelivered()
    {
        var owner = await Student.CreateAsync(Http, "owner");
        var rider = await Student.CreateAsync(Http, "Rahim");
        var customer = await Student.CreateAsync(Http, "hungry");
        var name = $"Koufu {Guid.NewGuid():N}"[..14];
        var (restaurantId, itemId) = await OpenRestaurantOnTheMapAsync(owner, name);
        await rider.SendAsync(Http, HttpMethod.Put, "/v1/riders/me/availability",
            new { online = true, location = "SMU SCIS 1, level 2", lat = Waiting.Lat, lng = Waiting.Lng });
        try
        {
            var orderId = await MenuOrder.PlaceAsync(Http, customer, restaurantId, itemId);
            await using var customerPhone = await Phone.OpenAsync(chromium, campus, customer);
            var page = customerPhone.Page;
            await page.GotoAsync($"orders/{orderId}");
            await Ui.ExpectStatusAsync(page, "PLACED");
            await Expect(page.GetByTestId("live-tracking")).ToHaveCountAsync(0);

            // The restaurant accepts; the dispatcher assigns the online rider by itself. No position before pickup.
            await MenuOrder.AcceptAsync(Http, owner, restaurantId, orderId);
            await Ui.ExpectStatusAsync(page, "RIDER_ASSIGNED");
            var tracking = page.GetByTestId("live-tracking");
            await Expect(tracking.GetByTestId("rider-name")).ToHaveTextAsync("Rahim");
            await Expect(tracking.GetByTestId("eta")).ToContainTextAsync("Arrives about");
            await Expect(tracking.GetByTestId("map-fallback")).ToHaveTextAsync("Live position appears once your rider is on the way.");
            await Expect(tracking.GetByTestId("map-restaurant")).ToBeVisibleAsync();
            await Expect(tracking.GetByTestId("map-rider")).ToHaveCountAsync(0);

            // Picked up: the rider's position shows on the map beside the restaurant, with the ETA in minutes.
            await rider.SendAsync(Http, HttpMethod.Patch, $"/v1/riders/{rider.UserId}/orders/{orderId}", new { status = "PICKED_UP" });
            await rider.SendAsync(Http, HttpMethod.Put, "/v1/riders/me/location", new { lat = OnTheWay.Lat, lng = OnTheWay.Lng, accuracyM = 12.0 });
            await Ui.ExpectStatusAsync(page, "PICKED_UP");
            await Expect(tracking.GetByTestId("map-rider")).ToBeVisibleAsync();
            await Expect(tracking.GetByTestId("map-restaurant")).ToBeVisibleAsync();
            await Expect(tracking.GetByTestId("rider-position-at")).ToContainTextAsync("from the restaurant. Position updated Today");
            await Expect(tracking.GetByTestId("eta-in")).ToHaveTextAsync(EtaIn());
            await Expect(tracking.GetByTestId("map-scale")).ToContainTextAsync(" m");
            await Ui.ExpectNoHorizontalScrollAsync(page, "The live tracking view");
            await Axe.ExpectNoBlockingViolationsAsync(page, "the live tracking view");
            await Screenshots.SaveAsync(page, "live-tracking");

            // Delivered: the live position is gone; the order still names its rider.
            await rider.SendAsync(Http, HttpMethod.Patch, $"/v1/riders/{rider.UserId}/orders/{orderId}", new { status = "DELIVERED" });
            await Ui.ExpectStatusAsync(page, "COMPLETED");
            await Expect(page.GetByTestId("map-rider")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("live-tracking")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("rider-name")).ToHaveTextAsync("Rahim");
            var after = await customer.SendAsync(Http, HttpMethod.Get, $"/v1/orders/{orderId}/tracking");
            Assert.Equal(JsonValueKind.Null, after.GetProperty("riderLocation").ValueKind);
        }
        finally
        {
            await rider.SendAsync(Http, HttpMethod.Put, "/v1/riders/me/availability", new { online = false });
        }
    }

    [Fact]
    public async Task RiderGoesOnline_SharesTheirPosition_IsAssignedAnOrder_AndSeesWhereToPickUpAndDropOff()
    {
        var owner = await Student.CreateAsync(Http, "owner");
        var customer = await Student.CreateAsync(Http, "peckish");
        var riderStudent = await Student.CreateAsync(Http, "Mei");
        var name = $"Kopi {Guid.NewGuid():N}"[..13];
        var (restaurantId, itemId) = await MenuOrder.OpenRestaurantAsync(Http, owner, name, "Lee Kong Chian, level 1", Restaurant.Lat, Restaurant.Lng);
        await using var riderPhone = await Phone.OpenAsync(chromium, campus, riderStudent);
        await riderPhone.Context.GrantPermissionsAsync(["geolocation"]);
        await riderPhone.Context.SetGeolocationAsync(new() { Latitude = (float)Waiting.Lat, Longitude = (float)Waiting.Lng, Accuracy = 15 });
        var rider = riderPhone.Page;

        // The switch: say where on campus, go online; the phone's position is shared from then on.
        await rider.GotoAsync("runner/available");
        var card = rider.GetByTestId("rider-availability");
        await Expect(card).ToHaveAttributeAsync("data-online", "false");
        await card.GetByTestId("rider-location").FillAsync("SMU SCIS 1, level 2");
        await Switch(rider).ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-online", "true");
        await Expect(card.GetByTestId("rider-online-since")).ToContainTextAsync("Online since Today");
        await Expect(card.GetByTestId("position-sharing")).ToHaveAttributeAsync("data-state", "sent");
        var availability = await riderStudent.SendAsync(Http, HttpMethod.Get, "/v1/riders/me/availability");
        Assert.True(availability.GetProperty("online").GetBoolean());
        Assert.Equal("SMU SCIS 1, level 2", availability.GetProperty("location").GetString());

        // An accepted order is assigned to them by itself, and shows here with where to pick it up and drop it off.
        var orderId = await MenuOrder.PlaceAsync(Http, customer, restaurantId, itemId);
        await MenuOrder.AcceptAsync(Http, owner, restaurantId, orderId);
        var assigned = rider.GetByTestId("current-deliveries").Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await Expect(assigned.GetByTestId("pickup")).ToContainTextAsync($"Pick up: {name}, Lee Kong Chian, level 1");
        await Expect(assigned.GetByTestId("drop-off")).ToContainTextAsync("Drop off: Library, level 2");
        await Ui.ExpectNoHorizontalScrollAsync(rider, "Available orders, online");
        await Axe.ExpectNoBlockingViolationsAsync(rider, "available orders, online with an assigned order");
        await Screenshots.SaveAsync(rider, "rider-online");

        // The delivery: the route in large print, the leg under way marked; the customer sees the shared position.
        await assigned.GetByTestId("order-open").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "RIDER_ASSIGNED");
        var route = rider.GetByTestId("rider-route");
        await Expect(route.GetByTestId("route-pickup")).ToContainTextAsync(name);
        await Expect(route.GetByTestId("route-pickup")).ToContainTextAsync("Lee Kong Chian, level 1");
        await Expect(route.GetByTestId("route-pickup")).ToHaveAttributeAsync("data-now", "true");
        await Expect(route.GetByTestId("route-drop-off")).ToContainTextAsync("Library, level 2");
        await rider.GetByTestId("next-step").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "PICKED_UP");
        await Expect(route.GetByTestId("route-drop-off")).ToHaveAttributeAsync("data-now", "true");
        await Expect(rider.GetByTestId("runner-panel").GetByTestId("position-sharing")).ToHaveAttributeAsync("data-state", "sent");
        await Eventually.TrueAsync(
            async () => (await customer.SendAsync(Http, HttpMethod.Get, $"/v1/orders/{orderId}/tracking")).GetProperty("riderLocation").ValueKind == JsonValueKind.Object,
            TimeSpan.FromSeconds(40), "the rider's shared position", TimeSpan.FromMilliseconds(500));
        await rider.GetByTestId("next-step").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "COMPLETED");
        await Expect(rider.GetByTestId("rider-route")).ToHaveCountAsync(0);

        // Offline again: nothing more is shared.
        await rider.GotoAsync("runner/available");
        await Expect(card).ToHaveAttributeAsync("data-online", "true");
        await Switch(rider).ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-online", "false");
        await Expect(card.GetByTestId("position-sharing")).ToHaveCountAsync(0);
        // The switch shows the choice at once; the server has it when the save returns.
        await Eventually.TrueAsync(
            async () => !(await riderStudent.SendAsync(Http, HttpMethod.Get, "/v1/riders/me/availability")).GetProperty("online").GetBoolean(),
            TimeSpan.FromSeconds(10), "the rider offline on the server", TimeSpan.FromMilliseconds(200));
    }

    /// <summary>The owner opens a restaurant from their phone, standing in it: its position goes with it.</summary>
    private async Task<(Guid RestaurantId, Guid ItemId)> OpenRestaurantOnTheMapAsync(Student owner, string name)
    {
        await using var ownerPhone = await Phone.OpenAsync(chromium, campus, owner);
        await ownerPhone.Context.GrantPermissionsAsync(["geolocation"]);
        await ownerPhone.Context.SetGeolocationAsync(new() { Latitude = (float)Restaurant.Lat, Longitude = (float)Restaurant.Lng, Accuracy = 10 });
        var page = ownerPhone.Page;
        await page.GotoAsync("my-restaurants");
        await page.GetByTestId("restaurant-name").FillAsync(name);
        await page.GetByTestId("restaurant-location").FillAsync("SMU SCIS 1, basement");
        await page.GetByTestId("pin-here").ClickAsync();
        await Expect(page.GetByTestId("pinned-at")).ToContainTextAsync("On the map at 1.29630, 103.84990");
        await page.GetByTestId("open-restaurant-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(DashboardUrl());
        var restaurantId = Guid.Parse(DashboardUrl().Match(page.Url).Groups["id"].Value);
        var restaurant = await owner.SendAsync(Http, HttpMethod.Get, $"/v1/restaurants/{restaurantId}");
        Assert.Equal(Restaurant.Lat, restaurant.GetProperty("lat").GetDouble(), 4);
        Assert.Equal(Restaurant.Lng, restaurant.GetProperty("lng").GetDouble(), 4);
        var item = await owner.SendAsync(Http, HttpMethod.Post, $"/v1/restaurants/{restaurantId}/items", new { name = "Chicken rice", price = 4.50m });
        return (restaurantId, item.GetProperty("itemId").GetGuid());
    }

    private static ILocator Switch(IPage page) => page.GetByLabel("Available for deliveries");

    [GeneratedRegex("/my-restaurants/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex DashboardUrl();

    [GeneratedRegex(@"^· (in \d+ min|in \d+ h \d+ min|any minute now)$")]
    private static partial Regex EtaIn();
}
