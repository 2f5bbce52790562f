using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

/// <summary>An errand's PURCHASED report may carry the receipt total, never above the agreed food fee (8.50 here).</summary>
public sealed class ActualFoodFeeTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Purchased_WithALowerReceiptTotal_IsStored_AndOrderDeliveredCarriesIt()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, receipt) = await OnSiteAsync(customer, runner);

        var purchased = await OrderFlow.ExpectOrderAsync(await PurchasedAsync(runner, order.OrderId, receipt, "6.40"));

        Assert.Equal((OrderStatuses.Purchased, 6.40m, 8.50m), (purchased.Status, purchased.ActualFoodFee, purchased.FoodFee));
        var delivery = await _flow.ProofAsync(runner, order.OrderId, "delivery");
        foreach (var (status, proof) in new (string, Guid?)[] { (OrderStatuses.Collected, null), (OrderStatuses.OnTheWay, null), (OrderStatuses.Delivered, delivery.ProofId) })
        {
            (await _flow.StatusAsync(runner, order.OrderId, status, proof)).Dispose();
        }

        var delivered = await fixture.Probe.WaitForAsync<OrderDelivered>(m => m.OrderId == order.OrderId);
        Assert.Equal((6.40m, 8.50m), (delivered.ActualFoodFee, delivered.FoodFee));
        Assert.Equal(6.40m, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).ActualFoodFee);
    }

    [Fact]
    public async Task ALowerReceiptTotal_LowersWhatCanBeRefunded()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, receipt) = await OnSiteAsync(customer, runner);
        (await PurchasedAsync(runner, order.OrderId, receipt, "5.00")).Dispose();
        var delivery = await _flow.ProofAsync(runner, order.OrderId, "delivery");
        foreach (var (status, proof) in new (string, Guid?)[] { (OrderStatuses.Collected, null), (OrderStatuses.OnTheWay, null), (OrderStatuses.Delivered, delivery.ProofId) })
        {
            await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, status, proof));
        }

        var issue = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);
        using (var aboveWhatWasPaid = await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 7.01m))
        {
            await ErrorAssert.HasErrorAsync(aboveWhatWasPaid, HttpStatusCode.Conflict, "REFUND_EXCEEDS_PAID");
        }

        var resolved = await IssueFlow.ReadIssueAsync(await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 7.00m)); // 5.00 + 2.00
        Assert.Equal(7.00m, resolved.RefundAmount);
    }

    [Fact]
    public async Task Purchased_WithoutAReceiptTotal_LeavesItNull()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(customer, Guid.NewGuid());

        Assert.Null(order.ActualFoodFee);
        var delivered = await fixture.Probe.WaitForAsync<OrderDelivered>(m => m.OrderId == order.OrderId);
        Assert.Null(delivered.ActualFoodFee);
    }

    [Fact]
    public async Task Purchased_AboveTheFoodFee_IsPriceAboveAgreed_AndChangesNothing()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, receipt) = await OnSiteAsync(customer, runner);

        using var response = await PurchasedAsync(runner, order.OrderId, receipt, "8.51");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "PRICE_ABOVE_AGREED");
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal((OrderStatuses.OnSite, (decimal?)null), (stored.Status, stored.ActualFoodFee));
    }

    [Fact]
    public async Task Purchased_EqualToTheFoodFee_IsAccepted()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, receipt) = await OnSiteAsync(customer, runner);

        var purchased = await OrderFlow.ExpectOrderAsync(await PurchasedAsync(runner, order.OrderId, receipt, "8.50"));

        Assert.Equal(8.50m, purchased.ActualFoodFee);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1000")]
    [InlineData("5.555")]
    public async Task Purchased_WithAMalformedReceiptTotal_IsAValidationFailure(string fee)
    {
        var runner = Guid.NewGuid();
        var (order, receipt) = await OnSiteAsync(Guid.NewGuid(), runner);

        using var response = await PurchasedAsync(runner, order.OrderId, receipt, fee);

        await ErrorAssert.HasValidationErrorsAsync(response, "actualFoodFee");
    }

    [Fact]
    public async Task AReceiptTotal_OnAnotherStatus_IsAValidationFailure()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        using var response = await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/status", """{"status":"ON_SITE","actualFoodFee":5.00}""");

        await ErrorAssert.HasValidationErrorsAsync(response, "actualFoodFee");
    }

    [Fact]
    public async Task Purchased_OutOfTurn_IsAnInvalidTransition_BeforeThePriceIsWeighed()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");

        using var response = await PurchasedAsync(runner, order.OrderId, receipt.ProofId, "9.00");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
    }

    [Fact]
    public async Task TheRidersRoute_TakesTheReceiptTotalToo()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var (order, receipt) = await OnSiteAsync(customer, runner);
        var path = $"/v1/riders/{runner}/orders/{order.OrderId}";

        using (var above = await PatchAsync(runner, path, $$"""{"status":"PURCHASED","proofId":"{{receipt}}","actualFoodFee":9.00}"""))
        {
            await ErrorAssert.HasErrorAsync(above, HttpStatusCode.Conflict, "PRICE_ABOVE_AGREED");
        }

        using var lower = await PatchAsync(runner, path, $$"""{"status":"PURCHASED","proofId":"{{receipt}}","actualFoodFee":7.00}""");

        Assert.Equal(HttpStatusCode.NoContent, lower.StatusCode);
        Assert.Equal(7.00m, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).ActualFoodFee);
    }

    private Task<HttpResponseMessage> PurchasedAsync(Guid runner, Guid orderId, Guid receipt, string fee) => fixture.Api.PostAsync(
        runner, $"/v1/orders/{orderId}/status", $$"""{"status":"PURCHASED","proofId":"{{receipt}}","actualFoodFee":{{fee}}}""");

    private Task<HttpResponseMessage> PatchAsync(Guid runner, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", fixture.Host.TokenFor(runner));
        return fixture.Host.Client.SendAsync(request);
    }

    private async Task<(OrderResponse Order, Guid Receipt)> OnSiteAsync(Guid customer, Guid runner)
    {
        var order = await _flow.AcceptedAsync(customer, runner);
        var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");
        return (await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite)), receipt.ProofId);
    }
}
