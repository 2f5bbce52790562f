using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>The payment view of an order cancelled before anything was charged or held says so: FAILED and FAILED.</summary>
[Collection(SharedCampus.Name)]
public sealed class UnpaidPaymentViewTests(TestCampus campus)
{
    [Theory]
    [InlineData(null)]
    [InlineData("4000000000000002")]
    public async Task AnOrderCancelledForAPaymentProblem_ShowsNothingChargedOrHeld(string? card)
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, card: card);
        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CANCELLED");

        var payment = await customer.WaitForJsonAsync(
            $"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() != "PENDING");

        Assert.Equal("FAILED", payment.GetProperty("paymentStatus").GetString());
        Assert.Equal("FAILED", payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payment.GetProperty("authorizedAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payment.GetProperty("refundedAt").ValueKind);
    }
}
