using System.Net;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// An errand's delivery deadline (R-RIDE-6, R-RIDE-7) on the campus whose delivery window is 10 s.
/// </summary>
[Collection(ShortWindows.Name)]
public sealed class DeliveryDeadlineTests(ShortWindowsCampus campus)
{
    private CampusG.Testing.CampusGHost Host => campus.Host;

    [Fact]
    public async Task AnErrandIdlePastTheWindow_IsCancelledDeliveryTimeout_RefundedAndTheCustomerTold()
    {
        var host = Host;
        var customer = await CampusApi.SignUpAsync(host.Client);
        var runner = await CampusApi.SignUpAsync(host.CreateClient());
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");

        Assert.Equal("DELIVERY_TIMEOUT", order.GetProperty("cancellationReason").GetString());
        Assert.False(order.GetProperty("overdue").GetBoolean());
        Assert.Equal(["PENDING_PAYMENT", "CREATED", "ACCEPTED", "CANCELLED"], CreateOrderTests.Timeline(order));
        await LifecycleTests.WaitForRefundAsync(customer, orderId);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        var notices = await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
        Assert.Contains(notices.GetProperty("items").EnumerateArray(), n =>
            n.GetProperty("orderId").GetString() == orderId.ToString() && n.GetProperty("message").GetString()!.Contains("in time", StringComparison.Ordinal));
        await LifecycleTests.ExpectAsync(
            runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.Conflict, new { status = "ON_SITE" }, "INVALID_STATUS_TRANSITION");
    }

    [Fact]
    public async Task AnErrandPurchasedBeforeTheWindowEnds_IsFlaggedOverdue_NotCancelled_AndCanStillBeDelivered()
    {
        var host = Host;
        var customer = await CampusApi.SignUpAsync(host.Client);
        var runner = await CampusApi.SignUpAsync(host.CreateClient());
        var admin = await CampusApi.OperatorAsync(host.CreateClient());
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "ON_SITE" });
        var receipt = await LifecycleTests.UploadProofAsync(runner, orderId, "receipt");
        await LifecycleTests.ExpectAsync(
            runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "PURCHASED", proofId = receipt });

        var order = await customer.WaitForOrderAsync(orderId, o => o.GetProperty("overdue").GetBoolean());

        Assert.Equal("PURCHASED", order.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("cancellationReason").ValueKind);
        Assert.True((await runner.GetJsonAsync($"/v1/orders/{orderId}")).GetProperty("overdue").GetBoolean());
        var overdue = await admin.GetJsonAsync("/v1/admin/orders/overdue");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), o => o.GetProperty("orderId").GetGuid() == orderId);
        Assert.Contains("order.overdue", CreateOrderTests.Types(await customer.WaitForJsonAsync(
            $"/v1/orders/{orderId}/events", e => CreateOrderTests.Types(e).Contains("order.overdue"))));

        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "COLLECTED" });
        await LifecycleTests.ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "ON_THE_WAY" });
        var photo = await LifecycleTests.UploadProofAsync(runner, orderId, "delivery");
        await LifecycleTests.ExpectAsync(
            runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "DELIVERED", proofId = photo });
        var completed = await customer.WaitForStatusAsync(orderId, "COMPLETED");
        Assert.True(completed.GetProperty("overdue").GetBoolean());
        await MoneyCheck.AssertSettledAsync(customer, orderId);
    }
}
