using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>The Create Order saga through the public API, up to an order waiting for a runner.</summary>
[Collection(SharedCampus.Name)]
public sealed class CreateOrderTests(TestCampus campus)
{
    [Fact]
    [Trait(TestCampus.Deployment, TestCampus.Containers)]
    public async Task PlacedOrder_BecomesCreated_WithPaymentInEscrowAndTheCustomerNotified()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);

        var placed = await customer.PlaceOrderAsync();
        Assert.Equal("PENDING_PAYMENT", placed.GetProperty("status").GetString());
        var orderId = placed.GetProperty("orderId").GetGuid();

        var order = await customer.WaitForStatusAsync(orderId, "CREATED");
        Assert.Equal(["PENDING_PAYMENT", "CREATED"], Timeline(order));
        Assert.True(order.GetProperty("acceptanceExpiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(29));
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() == "HELD");
        Assert.Equal("INESCROW", payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(10.50m, payment.GetProperty("amount").GetDecimal());
        await customer.WaitForNotificationAsync("ORDER_CREATED", orderId);

        var events = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/events", e => Types(e).Contains("notification.sent"));
        var types = Types(events);
        string[] expected =
        [
            "order.created", "user.retrievePaymentInfo", "user.paymentInfoRetrieved", "payment.authorize", "payment.authorized",
            "escrow.holdFunds", "escrow.fundsHeld", "order.markCreated", "order.updated", "timer.start", "timer.started",
            "notification.send", "notification.sent",
        ];
        Assert.Equal(expected, types.Where(expected.Contains).Distinct());
        Assert.All(events.GetProperty("items").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("source").GetString())));
    }

    [Theory]
    [InlineData("4000000000000002", "PAYMENT_FAILED")]
    [InlineData("4000000000009995", "PAYMENT_FAILED")]
    [InlineData("4000000000000119", "PAYMENT_FAILED")]
    [InlineData(null, "PAYMENT_METHOD_MISSING")]
    public async Task PaymentProblems_CancelTheOrder_HoldNothing_AndTellTheCustomer(string? card, string reason)
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, card: card);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal(reason, order.GetProperty("cancellationReason").GetString());
        Assert.Equal(["PENDING_PAYMENT", "CANCELLED"], Timeline(order));
        await customer.WaitForNotificationAsync("PAYMENT_FAILED", orderId);
        var payment = await customer.GetJsonAsync($"/v1/orders/{orderId}/payment");
        Assert.NotEqual("HELD", payment.GetProperty("escrowStatus").GetString());
        Assert.NotEqual("AUTHORIZED", payment.GetProperty("paymentStatus").GetString());
        await MoneyCheck.AssertSettledAsync(customer, orderId);
    }

    internal static string[] Timeline(JsonElement order) =>
        [.. order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()!)];

    internal static List<string> Types(JsonElement events) =>
        [.. events.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()!)];
}
