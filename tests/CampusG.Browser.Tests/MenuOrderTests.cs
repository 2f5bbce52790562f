using System.Text.RegularExpressions;
using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

/// <summary>Ordering from a restaurant's menu, and the owner's dashboard: menu, stock, opening hours and decisions.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MenuOrderTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    private static readonly string[] Lifecycle = ["PENDING_PAYMENT", "PLACED", "ACCEPTED", "RIDER_ASSIGNED", "PICKED_UP", "DELIVERED", "COMPLETED"];

    [Fact]
    public async Task CustomerOrdersFromTheMenu_OwnerAcceptsAndMarksReady_RiderDelivers_CustomerSeesCompleted()
    {
        var ownerStudent = await Student.CreateAsync(campus.Host.Client, "owner");
        var riderStudent = await Student.CreateAsync(campus.Host.Client, "Rahim");
        var customerStudent = await Student.CreateAsync(campus.Host.Client, "hungry");
        await using var ownerPhone = await Phone.OpenAsync(chromium, campus, ownerStudent);
        await using var customerPhone = await Phone.OpenAsync(chromium, campus, customerStudent);
        await using var riderPhone = await Phone.OpenAsync(chromium, campus, riderStudent);
        var (owner, customer, rider) = (ownerPhone.Page, customerPhone.Page, riderPhone.Page);
        var name = $"Koufu {Guid.NewGuid():N}"[..14];

        // The owner opens a restaurant and puts three items on its menu; the laksa has none left.
        await owner.GotoAsync("my-restaurants");
        await Expect(owner.GetByTestId("no-own-restaurants")).ToBeVisibleAsync();
        await owner.GetByTestId("restaurant-name").FillAsync(name);
        await owner.GetByTestId("restaurant-location").FillAsync("SMU SCIS 1, basement");
        await owner.GetByTestId("restaurant-description").FillAsync("Food court, stall 3");
        await owner.GetByTestId("open-restaurant-submit").ClickAsync();
        await Expect(owner).ToHaveURLAsync(DashboardUrl());
        await OpenMenuTabAsync(owner);
        await AddItemAsync(owner, "Chicken rice", "4.50", "20");
        await AddItemAsync(owner, "Iced lemon tea", "1.80", null);
        await AddItemAsync(owner, "Laksa", "6.00", "0");
        await owner.GetByRole(AriaRole.Tab, new() { Name = "Orders" }).ClickAsync();

        // The customer finds it, fills a cart (the sold-out laksa cannot be added) and sees the total.
        await customer.GotoAsync("restaurants");
        await customer.GetByTestId("restaurant-search").FillAsync(name);
        await Expect(customer.GetByTestId("restaurant-card")).ToHaveCountAsync(1);
        await customer.GetByTestId("restaurant-open").ClickAsync();
        await Expect(MenuItem(customer, "Laksa").GetByTestId("item-note")).ToHaveTextAsync("· Sold out");
        await Expect(MenuItem(customer, "Laksa").GetByTestId("item-plus")).ToBeDisabledAsync();
        await MenuItem(customer, "Chicken rice").GetByTestId("item-plus").ClickAsync();
        await MenuItem(customer, "Chicken rice").GetByTestId("item-plus").ClickAsync();
        await MenuItem(customer, "Iced lemon tea").GetByTestId("item-plus").ClickAsync();
        await Expect(MenuItem(customer, "Chicken rice").GetByTestId("item-quantity")).ToHaveTextAsync("2");
        await Expect(customer.GetByTestId("cart-food")).ToHaveTextAsync("S$10.80");
        await customer.GetByTestId("menu-order-fee").FillAsync("2.50");
        await Expect(customer.GetByTestId("cart-total")).ToHaveTextAsync("S$13.30");
        await customer.GetByTestId("menu-order-location").FillAsync("Library, level 2");
        await customer.GetByTestId("menu-order-instructions").FillAsync("No chilli please");
        await Expect(customer.GetByTestId("checkout-card")).ToContainTextAsync("•••• 4242");
        await Expect(customer.GetByTestId("checkout-submit")).ToHaveTextAsync("Place order · S$13.30");
        await Screenshots.SaveAsync(customer, "menu-cart");
        await customer.GetByTestId("checkout-submit").DblClickAsync();
        await Expect(customer).ToHaveURLAsync(Ui.OrderUrl());
        var orderId = Ui.OrderId(customer);
        await Ui.ExpectStatusAsync(customer, "PLACED");
        await Expect(customer.GetByTestId("order-line")).ToHaveCountAsync(2);
        await Expect(customer.GetByTestId("order-instructions")).ToContainTextAsync("No chilli please");

        // The owner's dashboard shows it by itself; they accept it to be ready in 20 minutes, then mark it ready.
        var incoming = owner.GetByTestId("new-orders").Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await Expect(incoming).ToBeVisibleAsync();
        await Expect(incoming).ToContainTextAsync("2× Chicken rice");
        await Expect(owner.GetByRole(AriaRole.Tab, new() { Name = "Orders (1 new)" })).ToBeVisibleAsync();
        await incoming.GetByTestId("ready-in").FillAsync("20");
        await Screenshots.SaveAsync(owner, "restaurant-dashboard");
        await incoming.GetByTestId("accept-menu-order").ClickAsync();
        var preparing = owner.GetByTestId("preparing-orders").Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await Expect(preparing.GetByTestId("kitchen-ready")).ToContainTextAsync("Promised ready");
        await Ui.ExpectStatusAsync(customer, "ACCEPTED");
        await Expect(customer.GetByTestId("ready-time")).ToContainTextAsync("Ready about");
        await Expect(customer.GetByTestId("eta")).ToContainTextAsync("Arrives about");
        await preparing.GetByTestId("mark-ready").ClickAsync();
        await Expect(preparing.GetByTestId("kitchen-ready")).ToContainTextAsync("Ready since");

        // The rider sees where to pick it up and drop it off, and earns the fee (the food is paid for).
        await rider.GotoAsync("runner/available");
        var offer = rider.Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await Expect(offer.GetByTestId("pickup")).ToContainTextAsync($"Pick up: {name}, SMU SCIS 1, basement");
        await Expect(offer.GetByTestId("drop-off")).ToContainTextAsync("Drop off: Library, level 2");
        await Expect(offer.GetByTestId("rider-earns")).ToHaveTextAsync("S$2.50");
        await offer.GetByTestId("accept-order").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "RIDER_ASSIGNED");
        await Expect(rider.GetByTestId("next-step")).ToHaveTextAsync("Picked up");
        await rider.GetByTestId("next-step").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "PICKED_UP");

        await Ui.ExpectStatusAsync(customer, "PICKED_UP");
        await Expect(customer.GetByTestId("rider-name")).ToHaveTextAsync("Rahim");
        await Expect(customer.GetByTestId("eta")).ToContainTextAsync("Arrives about");
        await Expect(customer.GetByTestId("ready-at")).ToContainTextAsync("Ready since");
        await Screenshots.SaveAsync(customer, "menu-order");

        await Expect(rider.GetByTestId("next-step")).ToHaveTextAsync("Delivered");
        await rider.GetByTestId("next-step").ClickAsync();
        await Ui.ExpectStatusAsync(rider, "COMPLETED");
        await Expect(rider.GetByTestId("earned")).ToContainTextAsync("Your fee of S$2.50 went to your earnings balance");

        // The customer's page followed by itself: completed, every step in the timeline, both parties paid.
        await Ui.ExpectStatusAsync(customer, "COMPLETED");
        var timeline = customer.GetByTestId("timeline-entry");
        await Expect(timeline).ToHaveCountAsync(Lifecycle.Length);
        for (var i = 0; i < Lifecycle.Length; i++)
        {
            await Expect(timeline.Nth(i)).ToHaveAttributeAsync("data-status", Lifecycle[i]);
        }

        await Expect(customer.GetByTestId("eta")).ToHaveCountAsync(0);
        await Expect(customer.Locator("[data-testid=payment-split][data-party=RESTAURANT]")).ToContainTextAsync("S$10.80 · released to their earnings");
        await Expect(customer.Locator("[data-testid=payment-split][data-party=RUNNER]")).ToContainTextAsync("S$2.50 · released to their earnings");
        await Expect(owner.GetByTestId("other-orders").Locator($"[data-testid=order-card][data-order-id='{orderId}']").GetByTestId("order-status"))
            .ToHaveAttributeAsync("data-status", "COMPLETED");

        // The double click placed one order (one Idempotency-Key per version of the cart), which took 2 of the 20.
        var placed = await customerStudent.SendAsync(campus.Host.Client, HttpMethod.Get, "/v1/orders?role=customer");
        Assert.Single(placed.GetProperty("items").EnumerateArray());
        await OpenMenuTabAsync(owner);
        await Expect(ItemEditor(owner, "Chicken rice").GetByTestId("stock-count")).ToHaveTextAsync("18 left");
    }

    [Fact]
    public async Task OwnerEditsTheMenuAndStock_ClosesAndOpens_RejectsOneOrderAndAcceptsAnother()
    {
        var ownerStudent = await Student.CreateAsync(campus.Host.Client, "stallholder");
        var customerStudent = await Student.CreateAsync(campus.Host.Client, "regular");
        var restaurant = await ownerStudent.SendAsync(campus.Host.Client, HttpMethod.Post, "/v1/restaurants", new { name = "Kopi Corner", location = "Lee Kong Chian, level 1" });
        var restaurantId = restaurant.GetProperty("restaurantId").GetGuid();
        var toast = await AddItemAsync(ownerStudent, restaurantId, "Kaya toast", 2.20m, 5);
        await AddItemAsync(ownerStudent, restaurantId, "Kopi", 1.50m, null);
        await using var ownerPhone = await Phone.OpenAsync(chromium, campus, ownerStudent);
        await using var customerPhone = await Phone.OpenAsync(chromium, campus, customerStudent);
        var (owner, customer) = (ownerPhone.Page, customerPhone.Page);

        await owner.GotoAsync("my-restaurants");
        await owner.Locator($"[data-testid=own-restaurant][data-restaurant-id='{restaurantId}']").GetByTestId("manage-restaurant").ClickAsync();
        await Expect(owner).ToHaveURLAsync(DashboardUrl());
        await OpenMenuTabAsync(owner);

        // Price: a bad one is refused in the API's words under the field; a good one is saved.
        var toastEditor = ItemEditor(owner, "Kaya toast");
        await toastEditor.GetByTestId("item-price-input").FillAsync("0");
        await toastEditor.GetByTestId("item-save").ClickAsync();
        await Expect(Ui.FieldError(owner, "item-price-input")).ToHaveTextAsync("Must be between 0.01 and 999.99.");
        await toastEditor.GetByTestId("item-price-input").FillAsync("2.40");
        await Expect(Ui.FieldError(owner, "item-price-input")).ToHaveCountAsync(0);
        await toastEditor.GetByTestId("item-save").ClickAsync();
        await Expect(toastEditor.GetByTestId("item-save")).ToBeDisabledAsync();

        // Stock: +10, +1, −1 from 5; the uncounted kopi has no stock buttons.
        await toastEditor.GetByTestId("stock-plus-ten").ClickAsync();
        await Expect(toastEditor.GetByTestId("stock-count")).ToHaveTextAsync("15 left");
        await toastEditor.GetByTestId("stock-plus").ClickAsync();
        await Expect(toastEditor.GetByTestId("stock-count")).ToHaveTextAsync("16 left");
        await toastEditor.GetByTestId("stock-minus").ClickAsync();
        await Expect(toastEditor.GetByTestId("stock-count")).ToHaveTextAsync("15 left");
        await Expect(ItemEditor(owner, "Kopi").GetByTestId("stock-count")).ToHaveTextAsync("Stock not counted");

        // Availability and opening: what the customer's menu then says.
        await ItemEditor(owner, "Kopi").GetByTestId("item-toggle-available").ClickAsync();
        await Expect(ItemEditor(owner, "Kopi")).ToHaveAttributeAsync("data-available", "false");
        await owner.GetByTestId("toggle-open").ClickAsync();
        await Expect(owner.GetByTestId("restaurant-dashboard")).ToHaveAttributeAsync("data-status", "CLOSED");
        await customer.GotoAsync($"restaurants/{restaurantId}");
        await Expect(customer.GetByTestId("restaurant-closed")).ToContainTextAsync("Kopi Corner is closed right now");
        await Expect(MenuItem(customer, "Kaya toast").GetByTestId("item-price")).ToHaveTextAsync("S$2.40");
        await Expect(MenuItem(customer, "Kaya toast").GetByTestId("item-plus")).ToBeDisabledAsync();
        await owner.GetByTestId("toggle-open").ClickAsync();
        await Expect(owner.GetByTestId("restaurant-dashboard")).ToHaveAttributeAsync("data-status", "OPEN");
        await customer.ReloadAsync();
        await Expect(customer.GetByTestId("restaurant-closed")).ToHaveCountAsync(0);
        await Expect(MenuItem(customer, "Kopi").GetByTestId("item-note")).ToHaveTextAsync("· Not available");
        await Expect(MenuItem(customer, "Kopi").GetByTestId("item-plus")).ToBeDisabledAsync();
        await Expect(MenuItem(customer, "Kaya toast").GetByTestId("item-plus")).ToBeEnabledAsync();

        // Two orders arrive; the owner rejects the first (after saying no once), with a reason, and accepts the second.
        var rejected = await PlaceMenuOrderAsync(customerStudent, restaurantId, toast, 2);
        var accepted = await PlaceMenuOrderAsync(customerStudent, restaurantId, toast, 1);
        await owner.GetByRole(AriaRole.Tab, new() { Name = "Orders (2 new)" }).ClickAsync();
        var first = owner.GetByTestId("new-orders").Locator($"[data-testid=order-card][data-order-id='{rejected}']");
        await first.GetByTestId("reject-menu-order").ClickAsync();
        await Ui.AnswerDialogAsync(owner, confirm: false);
        await Expect(first).ToBeVisibleAsync();
        await first.GetByTestId("reject-menu-order").ClickAsync();
        await owner.GetByTestId("reject-reason").FillAsync("Out of kaya today");
        await Ui.AnswerDialogAsync(owner, confirm: true);
        await Expect(first).ToHaveCountAsync(0);
        var second = owner.GetByTestId("new-orders").Locator($"[data-testid=order-card][data-order-id='{accepted}']");
        await second.GetByTestId("accept-menu-order").ClickAsync();
        await Expect(owner.GetByTestId("preparing-orders").Locator($"[data-testid=order-card][data-order-id='{accepted}']")).ToBeVisibleAsync();
        await Expect(owner.GetByTestId("no-new-orders")).ToBeVisibleAsync();

        await customer.GotoAsync($"orders/{rejected}");
        await Ui.ExpectStatusAsync(customer, "CANCELLED");
        await Expect(customer.GetByTestId("cancellation-reason")).ToHaveAttributeAsync("data-reason", "RESTAURANT_REJECTED");
        await Expect(customer.GetByTestId("cancellation-reason")).ToContainTextAsync("The restaurant couldn't take your order");
        await customer.GotoAsync($"orders/{accepted}");
        await Ui.ExpectStatusAsync(customer, "ACCEPTED");
        await Expect(customer.GetByTestId("cancel-order")).ToHaveCountAsync(0);

        // While an order waits for the restaurant the customer may cancel it, after confirming.
        var cancelled = await PlaceMenuOrderAsync(customerStudent, restaurantId, toast, 1);
        await customer.GotoAsync($"orders/{cancelled}");
        await Ui.ExpectStatusAsync(customer, "PLACED");
        await customer.GetByTestId("cancel-order").ClickAsync();
        await Ui.AnswerDialogAsync(customer, confirm: true);
        await Ui.ExpectStatusAsync(customer, "CANCELLED");
        await Expect(customer.GetByTestId("cancellation-reason")).ToContainTextAsync("You cancelled this order");
        await Ui.ExpectNoHorizontalScrollAsync(owner, "The restaurant dashboard");
    }

    private static ILocator MenuItem(IPage page, string name) => page.GetByTestId("menu-item").Filter(new() { HasText = name });

    private static ILocator ItemEditor(IPage page, string name) =>
        page.Locator($"[data-testid=item-editor][data-name='{name}']");

    private static async Task OpenMenuTabAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Menu & stock" }).ClickAsync();
        await Expect(page.GetByTestId("add-item-form")).ToBeVisibleAsync();
    }

    private static async Task AddItemAsync(IPage page, string name, string price, string? stock)
    {
        var before = await page.GetByTestId("item-editor").CountAsync();
        await page.GetByTestId("new-item-name").FillAsync(name);
        await page.GetByTestId("new-item-price").FillAsync(price);
        if (stock is not null)
        {
            await page.GetByTestId("new-item-stock").FillAsync(stock);
        }

        await page.GetByTestId("add-item-submit").ClickAsync();
        await Expect(page.GetByTestId("item-editor")).ToHaveCountAsync(before + 1);
        // The next item is typed only into the emptied form.
        await Expect(page.GetByTestId("new-item-name")).ToHaveValueAsync("");
    }

    private async Task<Guid> AddItemAsync(Student owner, Guid restaurantId, string name, decimal price, int? stock)
    {
        var item = await owner.SendAsync(campus.Host.Client, HttpMethod.Post, $"/v1/restaurants/{restaurantId}/items", new { name, price, stock });
        return item.GetProperty("itemId").GetGuid();
    }

    /// <summary>Places a menu order through the API and waits until it is PLACED (paid, waiting for the restaurant).</summary>
    private async Task<Guid> PlaceMenuOrderAsync(Student customer, Guid restaurantId, Guid itemId, int quantity)
    {
        var order = await customer.SendAsync(campus.Host.Client, HttpMethod.Post, "/v1/orders",
            new { restaurantId, items = new[] { new { itemId, quantity } }, deliveryFee = 1.00m, deliveryLocation = "Library, level 2" });
        var orderId = order.GetProperty("orderId").GetGuid();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var now = await customer.SendAsync(campus.Host.Client, HttpMethod.Get, $"/v1/orders/{orderId}");
            if (now.GetProperty("status").GetString() == "PLACED")
            {
                return orderId;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Order {orderId} did not become PLACED.");
    }

    [GeneratedRegex("/my-restaurants/[0-9a-f-]{36}$")]
    private static partial Regex DashboardUrl();
}
