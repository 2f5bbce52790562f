using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using static CampusG.EndToEnd.Tests.LifecycleTests;

namespace CampusG.EndToEnd.Tests;

/// <summary>Earnings and payouts apart from completion, problem reports with refunds, operator cancel, the real price and the fee boost.</summary>
[Collection(SharedCampus.Name)]
public sealed class EarningsAndRefundsTests(TestCampus campus)
{
    private static readonly object GoodCard = new { cardNumber = "4242424242424242", expMonth = 12, expYear = DateTime.UtcNow.Year + 2, cvc = "123" };

    [Fact]
    public async Task ACardlessRunner_CompletesAndEarns_ThenCashesOutOnce_EvenWhenAskingFiveTimesAtOnce()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var orderId = await DeliveredAsync(customer, runner);

        await customer.WaitForStatusAsync(orderId, "COMPLETED");
        var earnings = await WaitForEarningsAsync(runner, e => Balance(e) == 10.50m);
        var item = Assert.Single(earnings.GetProperty("items").EnumerateArray());
        Assert.Equal((orderId, "RUNNER", 10.50m), (item.GetProperty("orderId").GetGuid(), item.GetProperty("party").GetString(), item.GetProperty("amount").GetDecimal()));
        Assert.Empty(earnings.GetProperty("payouts").EnumerateArray());
        await ExpectAsync(runner, HttpMethod.Post, "/v1/users/me/payouts", HttpStatusCode.Conflict, new { }, "NO_PAYOUT_METHOD");

        await ExpectAsync(runner, HttpMethod.Put, "/v1/users/me/payment-method", HttpStatusCode.OK, GoodCard);
        await WaitForEarningsAsync(runner, e => e.GetProperty("payoutMethodSaved").GetBoolean());
        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => runner.SendAsync(HttpMethod.Post, "/v1/users/me/payouts", new { })));

        Assert.Single(attempts, a => a.StatusCode == HttpStatusCode.Accepted);
        Assert.All(attempts.Where(a => a.StatusCode != HttpStatusCode.Accepted), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var accepted = await attempts.Single(a => a.StatusCode == HttpStatusCode.Accepted).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((10.50m, "PENDING"), (accepted.GetProperty("amount").GetDecimal(), accepted.GetProperty("status").GetString()));
        var paid = await WaitForEarningsAsync(runner, e => Payouts(e).Any(p => p.GetProperty("status").GetString() == "PAID"));
        Assert.Equal((0m, 10.50m), (Balance(paid), paid.GetProperty("paidOut").GetDecimal()));
        Assert.Single(Payouts(paid));
        await runner.WaitForNotificationsAsync("PAYOUT_PAID", 1);
        await AssertLedgerBalancedAsync();
    }

    [Fact]
    [Trait(TestCampus.Deployment, TestCampus.Containers)]
    public async Task ARunnerWithACard_IsPaidOutAutomatically_AndADeclinedPayoutGoesBackToTheBalance()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var paidRunner = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var declinedRunner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: "4000000000000002");

        await DeliveredAsync(customer, paidRunner);
        await DeliveredAsync(customer, declinedRunner);

        var paid = await WaitForEarningsAsync(paidRunner, e => Payouts(e).Any(p => p.GetProperty("status").GetString() == "PAID"));
        Assert.Equal((0m, 10.50m), (Balance(paid), paid.GetProperty("paidOut").GetDecimal()));
        var failed = await WaitForEarningsAsync(declinedRunner, e => Payouts(e).Any(p => p.GetProperty("status").GetString() == "FAILED"));
        var payout = Assert.Single(Payouts(failed));
        Assert.StartsWith("PAYOUT_DECLINED", payout.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        Assert.Equal((10.50m, 0m), (Balance(failed), failed.GetProperty("paidOut").GetDecimal()));
        await declinedRunner.WaitForNotificationsAsync("PAYOUT_FAILED", 1);
        await AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task APartialRefundAfterCompletion_ReachesTheCustomer_IsChargedToTheRunner_AndCannotExceedWhatWasPaid()
    {
        var admin = await CampusApi.OperatorAsync(campus.Host.CreateClient());
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var orderId = await DeliveredAsync(customer, runner);
        await customer.WaitForStatusAsync(orderId, "COMPLETED");

        var issueId = await ReportAsync(customer, orderId, "MISSING_ITEM");
        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/issues", HttpStatusCode.Conflict, new { kind = "OTHER", detail = "again" }, "ISSUE_ALREADY_OPEN");
        var queue = await admin.GetJsonAsync("/v1/admin/issues?status=OPEN");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("issueId").GetGuid() == issueId);
        using (var resolved = await admin.SendAsync(HttpMethod.Post, $"/v1/admin/issues/{issueId}/resolve", new { refundAmount = 2.40m, chargedTo = "RUNNER", note = "one drink missing" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
            var issue = await resolved.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("RESOLVED", 2.40m), (issue.GetProperty("status").GetString(), issue.GetProperty("refundAmount").GetDecimal()));
        }

        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/issues/{issueId}/resolve", HttpStatusCode.Conflict, new { refundAmount = 1m, chargedTo = "PLATFORM", note = "x" }, "ISSUE_ALREADY_RESOLVED");
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("refundedAmount").GetDecimal() == 2.40m);
        Assert.Equal("RELEASED", payment.GetProperty("paymentStatus").GetString());
        var earnings = await WaitForEarningsAsync(runner, e => Balance(e) == 8.10m);
        Assert.Contains(earnings.GetProperty("items").EnumerateArray(), i => i.GetProperty("amount").GetDecimal() == -2.40m);
        await customer.WaitForNotificationAsync("ISSUE_RESOLVED", orderId);
        var events = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/events", e => MenuOrderTests.Types(e).Contains("payment.refunded"));
        Assert.Single(MenuOrderTests.Types(events), t => t == "payment.refunded");

        var second = await ReportAsync(customer, orderId, "DAMAGED");
        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/issues/{second}/resolve", HttpStatusCode.Conflict, new { refundAmount = 8.11m, chargedTo = "PLATFORM", note = "too much" }, "REFUND_EXCEEDS_PAID");
        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/issues/{second}/resolve", HttpStatusCode.OK, new { refundAmount = 8.10m, chargedTo = "PLATFORM", note = "the rest" });
        await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("refundedAmount").GetDecimal() == 10.50m);
        Assert.Equal(8.10m, Balance(await runner.GetJsonAsync("/v1/users/me/earnings")));
        await AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task AnOperatorCancel_FromAccepted_UndoesEverything()
    {
        var admin = await CampusApi.OperatorAsync(campus.Host.CreateClient());
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient());
        var orderId = await CreatedOrderAsync(customer);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);

        await ExpectAsync(customer, HttpMethod.Post, $"/v1/admin/orders/{orderId}/cancel", HttpStatusCode.Forbidden, new { note = "not mine to do" });
        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/orders/{orderId}/cancel", HttpStatusCode.OK, new { note = "the shop is closed" });
        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/orders/{orderId}/cancel", HttpStatusCode.Conflict, new { note = "again" }, "ORDER_NOT_CANCELLABLE");

        var order = await customer.WaitForStatusAsync(orderId, "CANCELLED");
        Assert.Equal("OPERATOR_CANCELLED", order.GetProperty("cancellationReason").GetString());
        await WaitForRefundAsync(customer, orderId);
        await MoneyCheck.AssertSettledAsync(customer, orderId);
        await customer.WaitForNotificationAsync("ORDER_CANCELLED", orderId);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.Conflict, new { status = "ON_SITE" });
        await AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task AReceiptBelowTheFoodFee_PaysTheRunnerWhatWasSpent_AndGivesTheCustomerTheRest_AndAboveIsRefused()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var orderId = await CreatedOrderAsync(customer);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "ON_SITE" });
        var receipt = await UploadProofAsync(runner, orderId, "receipt");

        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.Conflict,
            new { status = "PURCHASED", proofId = receipt, actualFoodFee = 8.51m }, "PRICE_ABOVE_AGREED");
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK,
            new { status = "PURCHASED", proofId = receipt, actualFoodFee = 6.00m });
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "COLLECTED" });
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK, new { status = "ON_THE_WAY" });
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/status", HttpStatusCode.OK,
            new { status = "DELIVERED", proofId = await UploadProofAsync(runner, orderId, "delivery") });

        var order = await customer.WaitForStatusAsync(orderId, "COMPLETED");
        Assert.Equal(6.00m, order.GetProperty("actualFoodFee").GetDecimal());
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() == "RELEASED");
        Assert.Equal(2.50m, payment.GetProperty("refundedAmount").GetDecimal());
        Assert.Equal(8.00m, Assert.Single(payment.GetProperty("splits").EnumerateArray()).GetProperty("amount").GetDecimal());
        Assert.Equal(8.00m, Balance(await WaitForEarningsAsync(runner, e => Balance(e) > 0)));
        await AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task AFeeBoostRacingARunnersAccept_EitherRaisesTheFeeTheRunnerIsPaid_OrIsRefused()
    {
        for (var round = 0; round < 3; round++)
        {
            var customer = await CampusApi.SignUpAsync(campus.Host.Client);
            var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
            var orderId = await CreatedOrderAsync(customer);

            var boost = customer.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/delivery-fee", new { deliveryFee = 3.50m });
            var accept = runner.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/accept");
            using var boosted = await boost;
            using var accepted = await accept;

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.True(boosted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"boost: {(int)boosted.StatusCode}");
            var feeAtAccept = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryFee").GetDecimal();
            Assert.Equal(boosted.StatusCode == HttpStatusCode.OK ? 3.50m : 2.00m, feeAtAccept);
            await DeliverAsync(runner, orderId);
            await customer.WaitForStatusAsync(orderId, "COMPLETED");
            Assert.Equal(8.50m + feeAtAccept, Balance(await WaitForEarningsAsync(runner, e => Balance(e) > 0)));
        }

        await AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task AFeeBoost_WhileWaiting_GrowsTheHold_AndLoweringIsRefused()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var orderId = await CreatedOrderAsync(customer);

        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/delivery-fee", HttpStatusCode.BadRequest, new { deliveryFee = 1.00m });
        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/delivery-fee", HttpStatusCode.OK, new { deliveryFee = 4.00m });

        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("amount").GetDecimal() == 12.50m);
        Assert.Equal("HELD", payment.GetProperty("escrowStatus").GetString());
        await ExpectAsync(customer, HttpMethod.Post, $"/v1/orders/{orderId}/cancel", HttpStatusCode.OK);
        await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("refundedAmount").GetDecimal() == 12.50m);
        await AssertLedgerBalancedAsync();
    }

    /// <summary>Every scenario here held money, so the check must have looked at some order.</summary>
    private async Task AssertLedgerBalancedAsync() =>
        Assert.True((await MoneyCheck.AssertLedgerBalancedAsync(campus.Host.CreateClient())).GetProperty("orders").GetInt32() > 0);

    private static async Task<Guid> DeliveredAsync(CampusApi customer, CampusApi runner)
    {
        var orderId = await CreatedOrderAsync(customer);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await DeliverAsync(runner, orderId);
        return orderId;
    }

    private static async Task<Guid> ReportAsync(CampusApi customer, Guid orderId, string kind)
    {
        using var reported = await customer.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/issues", new { kind, detail = "Something was wrong." });
        Assert.True(reported.StatusCode == HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
        return (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issueId").GetGuid();
    }

    private static Task<JsonElement> WaitForEarningsAsync(CampusApi user, Func<JsonElement, bool> done) =>
        user.WaitForJsonAsync("/v1/users/me/earnings", done);

    private static decimal Balance(JsonElement earnings) => earnings.GetProperty("balance").GetDecimal();

    private static IEnumerable<JsonElement> Payouts(JsonElement earnings) => earnings.GetProperty("payouts").EnumerateArray();
}
