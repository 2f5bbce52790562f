using CampusG.Payments.Contracts;
using CampusG.Timers.Contracts;
using static CampusG.Payments.Tests.PaymentsTestHost;

namespace CampusG.Payments.Tests;

/// <summary>payment.authorize on the real bus, with the simulated gateway's test cards.</summary>
public sealed class PaymentAuthorizationTests
{
    [Fact]
    public async Task GoodCard_IsAuthorized()
    {
        await using var host = await StartAsync();
        var authorize = await AuthorizeCommandAsync(GoodCard);

        await host.SendAsync(authorize, authorize.OrderId);

        var authorized = await host.Probe.WaitForAsync<PaymentAuthorized>(a => a.OrderId == authorize.OrderId);
        var payment = Assert.Single(await host.PaymentsAsync(authorize.OrderId));
        Assert.Equal(payment.Id, authorized.PaymentId);
        Assert.Equal(10.50m, authorized.Amount);
        Assert.Equal(PaymentStatuses.Authorized, payment.Status);
        Assert.StartsWith("auth_sim_", payment.AuthorizationId, StringComparison.Ordinal);
        Assert.Equal([$"authorize authorize:{authorize.OrderId}"], host.Gateway.Calls);
    }

    [Theory]
    [InlineData(DeclinedCard, PaymentFailureReasons.Declined)]
    [InlineData(InsufficientFundsCard, PaymentFailureReasons.InsufficientFunds)]
    public async Task RefusedCard_Fails_AndARepeatRepeatsTheFailure(string card, string reason)
    {
        await using var host = await StartAsync();
        var authorize = await AuthorizeCommandAsync(card);

        await host.SendAsync(authorize, authorize.OrderId);
        await host.SendAsync(authorize, authorize.OrderId);

        var failures = await host.Probe.WaitForCountAsync<PaymentFailed>(2, f => f.OrderId == authorize.OrderId);
        Assert.All(failures, f => Assert.Equal(failures[0], f));
        Assert.Equal(reason, failures[0].Reason);
        Assert.False(string.IsNullOrWhiteSpace(failures[0].Detail));
        Assert.Equal(PaymentStatuses.Failed, Assert.Single(await host.PaymentsAsync(authorize.OrderId)).Status);
        Assert.Single(host.Gateway.Calls);
    }

    [Fact]
    public async Task RepeatedAuthorize_GivesTheSameReply_AndKeepsOnePayment()
    {
        await using var host = await StartAsync();
        var (authorize, _) = await host.AuthorizeAsync();

        await host.SendAsync(authorize with { Amount = 99m }, authorize.OrderId);

        var replies = await host.Probe.WaitForCountAsync<PaymentAuthorized>(2, a => a.OrderId == authorize.OrderId);
        Assert.Equal(replies[0], replies[1]);
        Assert.Equal(1050, Assert.Single(await host.PaymentsAsync(authorize.OrderId)).AmountMinor);
        Assert.Single(host.Gateway.Calls);
    }

    [Fact]
    public async Task TransientFailures_AreRetriedOnTimers_ThenFailWithProcessingError()
    {
        await using var host = await StartAsync("00:00:00.050,00:00:00.100");
        var authorize = await AuthorizeCommandAsync(TransientCard);

        await host.SendAsync(authorize, authorize.OrderId);
        await host.AnswerRetryTimersAsync(authorize.OrderId, count: 2);

        var failed = await host.Probe.WaitForAsync<PaymentFailed>(f => f.OrderId == authorize.OrderId);
        Assert.Equal(PaymentFailureReasons.ProcessingError, failed.Reason);
        var timers = host.Probe.All<StartTimer>();
        Assert.Equal(2, timers.Select(t => t.TimerId).Distinct().Count());
        Assert.All(timers, t => Assert.Equal(TimerPurposes.PaymentRetry, t.Purpose));
        Assert.True(timers[1].DueAt > timers[0].DueAt);
        var payment = Assert.Single(await host.PaymentsAsync(authorize.OrderId));
        Assert.Equal((PaymentStatuses.Failed, 3), (payment.Status, payment.Attempts));
        Assert.Equal(Enumerable.Repeat($"authorize authorize:{authorize.OrderId}", 3), host.Gateway.Calls);
    }
}
