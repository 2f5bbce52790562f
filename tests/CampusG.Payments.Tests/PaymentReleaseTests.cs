using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Payments.Features;
using CampusG.Timers.Contracts;
using static CampusG.Payments.Tests.PaymentsTestHost;

namespace CampusG.Payments.Tests;

/// <summary>payment.release on the real bus: capture and payout once, retries, declines.</summary>
public sealed class PaymentReleaseTests
{
    [Fact]
    public async Task Release_CapturesAndPaysOutOnce_AndARepeatRepeatsTheReply()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        var release = new ReleasePayment(orderId, Guid.NewGuid(), await TokenAsync(GoodCard));

        await host.SendAsync(release, orderId);
        await host.Probe.WaitForAsync<PaymentReleased>(r => r.OrderId == orderId);
        await host.SendAsync(release with { RunnerId = Guid.NewGuid() }, orderId);

        var replies = await host.Probe.WaitForCountAsync<PaymentReleased>(2, r => r.OrderId == orderId);
        Assert.Equal(replies[0], replies[1]);
        Assert.Equal((release.RunnerId, 10.50m), (replies[0].RunnerId, replies[0].Amount));
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentStatuses.Released, payment.Id), (payment.Status, replies[0].PaymentId));
        Assert.StartsWith("po_sim_", payment.PayoutId, StringComparison.Ordinal);
        Assert.Equal(payment.ReleasedAt, replies[0].At.UtcDateTime);
        Assert.Equal([$"authorize authorize:{orderId}", $"capture capture:{orderId}", $"payout payout:{orderId}"], host.Gateway.Calls);
    }

    [Fact]
    public async Task Capture_OfAMenuOrder_CapturesOnceWithoutAPayout_AndARepeatRepeatsTheReply()
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
        Assert.Equal(PaymentStatuses.Released, payment.Status);
        Assert.Null(payment.PayoutId);
        Assert.Equal([$"authorize authorize:{orderId}", $"capture capture:{orderId}"], host.Gateway.Calls);
    }

    [Fact]
    public async Task Capture_OfARevertedPayment_Fails_WithoutCallingTheGateway()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        await host.SendAsync(new RevertPayment(orderId, "cancelled"), orderId);
        await host.Probe.WaitForAsync<PaymentReverted>();

        await host.SendAsync(new CapturePayment(orderId), orderId);

        Assert.Equal("PAYMENT_NOT_RELEASABLE: REFUNDED", (await host.Probe.WaitForAsync<PaymentCaptureFailed>(f => f.OrderId == orderId)).Reason);
        Assert.DoesNotContain(host.Gateway.Calls, c => c.StartsWith("capture", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Release_OfARevertedOrMissingPayment_Fails()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        await host.SendAsync(new RevertPayment(orderId, "cancelled"), orderId);
        await host.Probe.WaitForAsync<PaymentReverted>();
        var unknownId = Guid.NewGuid();

        await host.SendAsync(new ReleasePayment(orderId, Guid.NewGuid(), await TokenAsync(GoodCard)), orderId);
        await host.SendAsync(new ReleasePayment(unknownId, Guid.NewGuid(), await TokenAsync(GoodCard)), unknownId);

        Assert.Equal("PAYMENT_NOT_RELEASABLE: REFUNDED", (await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == orderId)).Reason);
        Assert.Equal("PAYMENT_NOT_RELEASABLE: NONE", (await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == unknownId)).Reason);
        Assert.DoesNotContain(host.Gateway.Calls, c => c.StartsWith("payout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TransientPayoutFailures_AreRetriedOnTimers_ThenFail_AndTheMoneyStaysInEscrow()
    {
        await using var host = await StartAsync("00:00:00.050,00:00:00.100");
        var orderId = await InEscrowAsync(host);

        await host.SendAsync(new ReleasePayment(orderId, Guid.NewGuid(), await TokenAsync(TransientCard)), orderId);
        await host.AnswerRetryTimersAsync(orderId, count: 2);

        var failed = await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == orderId);
        Assert.Equal("PAYOUT_FAILED", failed.Reason);
        var timers = host.Probe.All<StartTimer>();
        Assert.Equal(2, timers.Select(t => t.TimerId).Distinct().Count());
        Assert.All(timers, t => Assert.Equal("payment.payoutRetry", t.Purpose));
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentStatuses.InEscrow, 2, null), (payment.Status, payment.PayoutAttempts, payment.PayoutId));
        Assert.Single(host.Gateway.Calls, c => c == $"capture capture:{orderId}");
        Assert.Equal(3, host.Gateway.Calls.Count(c => c == $"payout payout:{orderId}"));
        Assert.Empty(host.Probe.All<PaymentReleased>());
    }

    [Fact]
    public async Task DeclinedPayout_FailsAtOnce_WithoutRetries()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        var release = new ReleasePayment(orderId, Guid.NewGuid(), await TokenAsync(DeclinedCard));

        await host.SendAsync(release, orderId);
        await host.Probe.WaitForAsync<PaymentReleaseFailed>();
        await host.SendAsync(release, orderId);

        var failures = await host.Probe.WaitForCountAsync<PaymentReleaseFailed>(2);
        Assert.All(failures, f => Assert.Equal("PAYOUT_DECLINED: payout_declined", f.Reason));
        Assert.Empty(host.Probe.All<StartTimer>());
        Assert.Equal(PaymentStatuses.InEscrow, Assert.Single(await host.PaymentsAsync(orderId)).Status);
        Assert.Single(host.Gateway.Calls, c => c.StartsWith("payout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANewRound_AfterADeclinedPayout_PaysOutToTheNewToken_WithANewPayoutKey_AndItsRepeatPaysNothingMore()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        var runnerId = Guid.NewGuid();
        await host.SendAsync(new ReleasePayment(orderId, runnerId, await TokenAsync(DeclinedCard)), orderId);
        await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == orderId);
        var secondRound = new ReleasePayment(orderId, runnerId, await TokenAsync(GoodCard), Round: 1);

        await host.SendAsync(secondRound with { RunnerId = Guid.NewGuid() }, orderId);
        await host.Probe.WaitForCountAsync<PaymentReleaseFailed>(2, f => f.OrderId == orderId);
        await host.SendAsync(secondRound, orderId);
        var released = await host.Probe.WaitForAsync<PaymentReleased>(r => r.OrderId == orderId);
        await host.SendAsync(secondRound, orderId);
        await host.SendAsync(secondRound with { Round = 0 }, orderId);

        var replies = await host.Probe.WaitForCountAsync<PaymentReleased>(3, r => r.OrderId == orderId);
        Assert.All(replies, r => Assert.Equal(released, r));
        Assert.Equal(runnerId, released.RunnerId);
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentStatuses.Released, 1, null), (payment.Status, payment.ReleaseRound, payment.ReleaseFailureReason));
        Assert.Equal(
            [$"authorize authorize:{orderId}", $"capture capture:{orderId}", $"payout payout:{orderId}", $"payout payout:{orderId}:1"],
            host.Gateway.Calls);
    }

    [Fact]
    public async Task ANewRound_AfterTransientFailuresRanOut_KeepsThePayoutKey_SoAPayoutTheGatewayMadeIsNotMadeTwice()
    {
        await using var host = await StartAsync("00:00:00.050");
        var orderId = await InEscrowAsync(host);
        var runnerId = Guid.NewGuid();
        await host.SendAsync(new ReleasePayment(orderId, runnerId, await TokenAsync(TransientCard)), orderId);
        await host.AnswerRetryTimersAsync(orderId, count: 1);
        Assert.Equal(PaymentReleaser.PayoutFailed, (await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == orderId)).Reason);

        await host.SendAsync(new ReleasePayment(orderId, runnerId, await TokenAsync(TransientCard), Round: 1), orderId);
        await host.AnswerRetryTimersAsync(orderId, count: 2);
        await host.Probe.WaitForCountAsync<PaymentReleaseFailed>(2, f => f.OrderId == orderId);
        await host.SendAsync(new ReleasePayment(orderId, runnerId, await TokenAsync(GoodCard), Round: 2), orderId);

        await host.Probe.WaitForAsync<PaymentReleased>(r => r.OrderId == orderId);
        var timers = host.Probe.All<StartTimer>().Select(t => t.TimerId).ToList();
        Assert.Equal(timers.Count, timers.Distinct().Count());
        Assert.Single(host.Gateway.Calls, c => c.StartsWith("capture", StringComparison.Ordinal));
        Assert.Equal(5, host.Gateway.Calls.Count(c => c == $"payout payout:{orderId}"));
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentStatuses.Released, 2), (payment.Status, payment.ReleaseRound));
    }

    [Fact]
    public async Task Revert_AfterACaptureWhosePayoutWasDeclined_RefundsTheCharge_InsteadOfVoidingTheCapturedAuthorization()
    {
        await using var host = await StartAsync();
        var orderId = await InEscrowAsync(host);
        await host.SendAsync(new ReleasePayment(orderId, Guid.NewGuid(), await TokenAsync(DeclinedCard)), orderId);
        await host.Probe.WaitForAsync<PaymentReleaseFailed>(f => f.OrderId == orderId);
        var charge = Assert.Single(await host.PaymentsAsync(orderId)).ChargeId;
        Assert.StartsWith("ch_sim_", charge, StringComparison.Ordinal);

        await host.SendAsync(new RevertPayment(orderId, "cancelled"), orderId);
        await host.SendAsync(new RevertPayment(orderId, "cancelled"), orderId);

        var reverted = await host.Probe.WaitForCountAsync<PaymentReverted>(2, r => r.OrderId == orderId);
        Assert.All(reverted, r => Assert.Equal(PaymentStatuses.Refunded, r.Status));
        Assert.Equal(PaymentStatuses.Refunded, Assert.Single(await host.PaymentsAsync(orderId)).Status);
        Assert.Single(host.Gateway.Calls, c => c.StartsWith("refund", StringComparison.Ordinal));
        Assert.Contains($"refund refund:{orderId} {charge} 1050", host.Gateway.Calls);
        Assert.DoesNotContain(host.Gateway.Calls, c => c.StartsWith("void", StringComparison.Ordinal));
    }

    private static async Task<Guid> InEscrowAsync(PaymentsTestHost host)
    {
        var (authorize, authorized) = await host.AuthorizeAsync();
        await host.SendAsync(new FundsHeld(authorize.OrderId, Guid.NewGuid(), authorized.Amount, DateTimeOffset.UtcNow), authorize.OrderId);
        await host.WaitForStatusAsync(authorize.OrderId, PaymentStatuses.InEscrow);
        return authorize.OrderId;
    }
}
