using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

/// <summary>Participants made to fail after the money moved: the saga gives everything back.</summary>
public sealed class CompensationTests
{
    [Fact]
    public async Task EscrowFailure_VoidsThePayment_AndCancelsTheOrder()
    {
        await using var host = await StartWithFaultAsync("escrow.holdFunds");
        var customer = await CampusApi.SignUpAsync(host.Client);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("ESCROW_FAILED", order.GetProperty("cancellationReason").GetString());
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("paymentStatus").GetString() == "REFUNDED");
        Assert.Equal("FAILED", payment.GetProperty("escrowStatus").GetString());
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
    }

    [Fact]
    public async Task MarkingCreatedFailure_RefundsEscrow_VoidsThePayment_AndCancelsTheOrder()
    {
        await using var host = await StartWithFaultAsync("order.markCreated");
        var customer = await CampusApi.SignUpAsync(host.Client);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("CREATION_FAILED", order.GetProperty("cancellationReason").GetString());
        Assert.Equal(["PENDING_PAYMENT", "CANCELLED"], CreateOrderTests.Timeline(order));
        var payment = await customer.WaitForJsonAsync(
            $"/v1/orders/{orderId}/payment",
            p => p.GetProperty("paymentStatus").GetString() == "REFUNDED" && p.GetProperty("escrowStatus").GetString() == "REFUNDED");
        Assert.NotNull(payment.GetProperty("refundedAt").GetString());
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
    }

    private static Task<CampusGHost> StartWithFaultAsync(string step) =>
        TestCampus.StartAsync(options => options.Configuration[$"Faults:{step}"] = "true");
}
