using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Timers.Contracts;
using static CampusG.Payments.Tests.PaymentsTestHost;

namespace CampusG.Payments.Tests;

/// <summary>What follows an authorization: escrow, and reverts (the sagas' compensation).</summary>
public sealed class PaymentLifecycleTests
{
    [Fact]
    public async Task FundsHeld_MovesTheAuthorizedPaymentIntoEscrow()
    {
        await using var host = await StartAsync();
        var (authorize, authorized) = await host.AuthorizeAsync();

        await host.SendAsync(new FundsHeld(authorize.OrderId, Guid.NewGuid(), authorized.Amount, DateTimeOffset.UtcNow), authorize.OrderId);

        var payment = await host.WaitForStatusAsync(authorize.OrderId, PaymentStatuses.InEscrow);
        Assert.Equal(authorized.PaymentId, payment.Id);
    }

    [Fact]
    public async Task Revert_RefundsOnce_AndARepeatRepeatsTheReply()
    {
        await using var host = await StartAsync();
        var (authorize, authorized) = await host.AuthorizeAsync();

        await host.SendAsync(new RevertPayment(authorize.OrderId, "test"), authorize.OrderId);
        await host.SendAsync(new RevertPayment(authorize.OrderId, "test again"), authorize.OrderId);

        var reverts = await host.Probe.WaitForCountAsync<PaymentReverted>(2, r => r.OrderId == authorize.OrderId);
        Assert.Equal(new PaymentReverted(authorize.OrderId, authorized.PaymentId, PaymentStatuses.Refunded, reverts[0].At), reverts[1]);
        var payment = Assert.Single(await host.PaymentsAsync(authorize.OrderId));
        Assert.Equal(PaymentStatuses.Refunded, payment.Status);
        Assert.NotNull(payment.RefundedAt);
        Assert.Single(host.Gateway.Calls, c => c == $"void void:{authorize.OrderId}");
    }

    [Fact]
    public async Task Revert_WithNoPayment_RepliesNone()
    {
        await using var host = await StartAsync();
        var orderId = Guid.NewGuid();

        await host.SendAsync(new RevertPayment(orderId, "compensation"), orderId);

        var reverted = await host.Probe.WaitForAsync<PaymentReverted>(r => r.OrderId == orderId);
        Assert.Null(reverted.PaymentId);
        Assert.Equal("NONE", reverted.Status);
        Assert.Empty(host.Gateway.Calls);
    }

    [Fact]
    public async Task Revert_WhileARetryIsPending_FailsThePayment_SoTheTimerDoesNothing()
    {
        await using var host = await StartAsync("01:00:00");
        var authorize = await AuthorizeCommandAsync(TransientCard);
        var orderId = authorize.OrderId;
        await host.SendAsync(authorize, orderId);
        var timer = await host.Probe.WaitForAsync<StartTimer>(t => t.OrderId == orderId);

        await host.SendAsync(new TimerFired(timer.TimerId, orderId, TimerPurposes.OrderAcceptance, timer.DueAt, timer.DueAt), orderId);
        await host.SendAsync(new RevertPayment(orderId, "customer cancelled"), orderId);
        await host.SendAsync(new TimerFired(timer.TimerId, orderId, timer.Purpose, timer.DueAt, timer.DueAt), orderId);
        await host.SendAsync(new RevertPayment(orderId, "again"), orderId);

        var reverts = await host.Probe.WaitForCountAsync<PaymentReverted>(2, r => r.OrderId == orderId);
        Assert.All(reverts, r => Assert.Equal(PaymentStatuses.Failed, r.Status));
        var payment = Assert.Single(await host.PaymentsAsync(orderId));
        Assert.Equal((PaymentFailureReasons.ProcessingError, "reverted before authorization"), (payment.FailureReason, payment.FailureDetail));
        Assert.Equal(1, payment.Attempts);
        Assert.Single(host.Gateway.Calls);
        Assert.Single(host.Probe.All<StartTimer>());
    }
}
