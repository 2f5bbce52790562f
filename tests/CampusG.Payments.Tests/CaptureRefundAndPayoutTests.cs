using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Payments.Features;
using CampusG.Timers.Contracts;
using static CampusG.Payments.Tests.PaymentsTestHost;

namespace CampusG.Payments.Tests;

/// <summary>payment.capture, payment.refund, payment.increaseAuthorization and payment.payout on the real bus: each once, retries, declines.</summary>
public sealed class CaptureRefundAndPayoutTests
{
    [Fact]
    public async Task Capture_CapturesOnceWithoutAPayout_AndARepeatRepeatsTheReply()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);

        await host.SendAsync(new CapturePayment(orderId), orderId);
        await host.Probe.WaitForAsync<PaymentCaptured>(r => r.OrderId == orderId);
        await host.SendAsync(new CapturePayment(orderId), orderId);

        var replies = await host.Probe.WaitForCountAsync<PaymentCaptured>(2, r => r.OrderId == orderId);
        Assert.Equal(replies[0], replies[1]);
        Assert.Equal(10.50m, replies[0].Amount);
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentStatuses.Released, 1050L), (payment.Status, payment.CapturedMinor));
        Assert.Equal([$"authorize authorize:{orderId}", $"capture capture:{orderId} 1050"], host.Gateway.Calls);
    }

    [Fact]
    public async Task Capture_OfLess_TakesOnlyThatAmount_AndNeverMoreThanAuthorized()
    {
        await using var host = await StartAsync();
        var lower = await InEscrowAsync(host);
        var higher = await InEscrowAsync(host);

        await host.SendAsync(new CapturePayment(lower, 8.00m), lower);
        await host.SendAsync(new CapturePayment(higher, 99.00m), higher);

        Assert.Equal(8.00m, (await host.Probe.WaitForAsync<PaymentCaptured>(r => r.OrderId == lower)).Amount);
        Assert.Equal(10.50m, (await host.Probe.WaitForAsync<PaymentCaptured>(r => r.OrderId == higher)).Amount);
        Assert.Contains($"capture capture:{lower} 800", host.Gateway.Calls);
    }

    [Fact]
    public async Task Capture_OfARevertedOrMissingPayment_Fails_WithoutCallingTheGateway()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        await host.SendAsync(new RevertPayment(orderId, "cancelled"), orderId);
        await host.Probe.WaitForAsync<PaymentReverted>();
        var unknownId = Guid.NewGuid();

        await host.SendAsync(new CapturePayment(orderId), orderId);
        await host.SendAsync(new CapturePayment(unknownId), unknownId);

        Assert.Equal("PAYMENT_NOT_RELEASABLE: REFUNDED", (await host.Probe.WaitForAsync<PaymentCaptureFailed>(f => f.OrderId == orderId)).Reason);
        Assert.Equal("PAYMENT_NOT_RELEASABLE: NONE", (await host.Probe.WaitForAsync<PaymentCaptureFailed>(f => f.OrderId == unknownId)).Reason);
        Assert.DoesNotContain(host.Gateway.Calls, c => c.StartsWith("capture", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartialRefunds_GoThroughTheGatewayOncePerRefund_AndReportTheTotal()
    {
        await using var host = await StartAsync();
        var orderId = await CapturedAsync(host);
        var first = new RefundPayment(orderId, Guid.NewGuid(), 2.50m);
        var second = new RefundPayment(orderId, Guid.NewGuid(), 1.00m);

        await host.SendAsync(first, orderId);
        await host.Probe.WaitForAsync<PaymentRefunded>(r => r.RefundId == first.RefundId);
        await host.SendAsync(first, orderId);
        await host.SendAsync(second, orderId);

        var repeated = await host.Probe.WaitForCountAsync<PaymentRefunded>(2, r => r.RefundId == first.RefundId);
        var secondReply = await host.Probe.WaitForAsync<PaymentRefunded>(r => r.RefundId == second.RefundId);
        Assert.All(repeated, r => Assert.Equal(2.50m, r.Amount));
        Assert.Equal(2.50m, repeated[0].TotalRefunded);
        Assert.Equal((1.00m, 3.50m), (secondReply.Amount, secondReply.TotalRefunded));
        Assert.Single(host.Gateway.Calls, c => c.StartsWith($"refund refund:{first.RefundId}", StringComparison.Ordinal));
        Assert.Equal(350L, Assert.Single(await host.PaymentsAsync(orderId)).RefundedMinor);
    }

    [Fact]
    public async Task ARefund_AboveWhatIsLeftOfTheCapture_IsNeverSentToTheGateway()
    {
        await using var host = await StartAsync();
        var orderId = await CapturedAsync(host);
        var tooMuch = new RefundPayment(orderId, Guid.NewGuid(), 10.51m);

        await host.SendAsync(tooMuch, orderId);
        await host.SendAsync(new RefundPayment(orderId, Guid.NewGuid(), 10.50m), orderId);

        await host.Probe.WaitForAsync<PaymentRefunded>(r => r.OrderId == orderId && r.Amount == 10.50m);
        Assert.DoesNotContain(host.Probe.All<PaymentRefunded>(), r => r.RefundId == tooMuch.RefundId);
        Assert.DoesNotContain(host.Gateway.Calls, c => c.StartsWith($"refund refund:{tooMuch.RefundId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABoost_GrowsTheAuthorizationOnce_AndNotAfterTheCapture()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        var boost = new IncreaseAuthorization(orderId, Guid.NewGuid(), 1.50m);

        await host.SendAsync(boost, orderId);
        await host.Probe.WaitForAsync<AuthorizationIncreased>(r => r.BoostId == boost.BoostId);
        await host.SendAsync(boost, orderId);
        var replies = await host.Probe.WaitForCountAsync<AuthorizationIncreased>(2, r => r.BoostId == boost.BoostId);
        await host.SendAsync(new CapturePayment(orderId), orderId);
        await host.Probe.WaitForAsync<PaymentCaptured>(r => r.OrderId == orderId);
        var late = new IncreaseAuthorization(orderId, Guid.NewGuid(), 1.00m);
        await host.SendAsync(late, orderId);

        Assert.All(replies, r => Assert.Equal(12.00m, r.Amount));
        Assert.StartsWith("payment is RELEASED", (await host.Probe.WaitForAsync<AuthorizationIncreaseFailed>(f => f.BoostId == late.BoostId)).Reason, StringComparison.Ordinal);
        Assert.Single(host.Gateway.Calls, c => c == $"authorize boost:{boost.BoostId}");
        Assert.Contains($"capture capture:{orderId} 1200", host.Gateway.Calls);
    }

    [Fact]
    public async Task APayout_IsPaidOnce_AndARepeatRepeatsTheReply()
    {
        await using var host = await StartAsync();
        var payout = new PayOut(Guid.NewGuid(), Guid.NewGuid(), 7.90m, "SGD", await TokenAsync(GoodCard));

        await host.SendAsync(payout, payout.PayoutId);
        await host.Probe.WaitForAsync<PayoutPaid>(p => p.PayoutId == payout.PayoutId);
        await host.SendAsync(payout, payout.PayoutId);

        var replies = await host.Probe.WaitForCountAsync<PayoutPaid>(2, p => p.PayoutId == payout.PayoutId);
        Assert.Equal(replies[0], replies[1]);
        Assert.Equal((payout.UserId, 7.90m), (replies[0].UserId, replies[0].Amount));
        Assert.Equal([$"payout payout:{payout.PayoutId}"], host.Gateway.Calls);
    }

    [Fact]
    public async Task ADeclinedPayout_FailsAtOnce_WithoutRetries()
    {
        await using var host = await StartAsync();
        var payout = new PayOut(Guid.NewGuid(), Guid.NewGuid(), 7.90m, "SGD", await TokenAsync(DeclinedCard));

        await host.SendAsync(payout, payout.PayoutId);

        Assert.Equal("PAYOUT_DECLINED: payout_declined", (await host.Probe.WaitForAsync<PayoutFailed>(f => f.PayoutId == payout.PayoutId)).Reason);
        Assert.Empty(host.Probe.All<StartTimer>());
        Assert.Single(host.Gateway.Calls);
    }

    [Fact]
    public async Task TransientPayoutFailures_AreRetriedOnTimers_WithOneIdempotencyKey_ThenFail()
    {
        await using var host = await StartAsync("00:00:00.050,00:00:00.100");
        var payout = new PayOut(Guid.NewGuid(), Guid.NewGuid(), 7.90m, "SGD", await TokenAsync(TransientCard));

        await host.SendAsync(payout, payout.PayoutId);
        await host.AnswerRetryTimersAsync(payout.PayoutId, count: 2);

        Assert.Equal(PayoutSender.RetriesExhausted, (await host.Probe.WaitForAsync<PayoutFailed>(f => f.PayoutId == payout.PayoutId)).Reason);
        var timers = host.Probe.All<StartTimer>();
        Assert.Equal(2, timers.Select(t => t.TimerId).Distinct().Count());
        Assert.All(timers, t => Assert.Equal(PayoutSender.PayoutRetryPurpose, t.Purpose));
        Assert.Equal(3, host.Gateway.Calls.Count(c => c == $"payout payout:{payout.PayoutId}"));
        Assert.Empty(host.Probe.All<PayoutPaid>());
    }

    private static async Task<Guid> InEscrowAsync(PaymentsTestHost host)
    {
        var (authorize, authorized) = await host.AuthorizeAsync();
        await host.SendAsync(new FundsHeld(authorize.OrderId, Guid.NewGuid(), authorized.Amount, DateTimeOffset.UtcNow), authorize.OrderId);
        await host.WaitForStatusAsync(authorize.OrderId, PaymentStatuses.InEscrow);
        return authorize.OrderId;
    }

    private static async Task<Guid> CapturedAsync(PaymentsTestHost host)
    {
        var orderId = await InEscrowAsync(host);
        await host.SendAsync(new CapturePayment(orderId), orderId);
        await host.Probe.WaitForAsync<PaymentCaptured>(r => r.OrderId == orderId);
        return orderId;
    }
}
