using CampusG.Escrow.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Escrow.Tests;

/// <summary>The money invariant holds for every order whatever commands arrived, in any order, repeated.</summary>
public sealed class EscrowLedgerTests
{
    [Fact]
    public async Task Ledger_BalancesForEveryStatus()
    {
        await using var host = await EscrowTestHost.StartAsync(("Escrow:MaxHoldAmount", "100"));
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var held = await EscrowReleaseTests.HoldAsync(probe);
        var released = await EscrowReleaseTests.HoldAsync(probe);
        var refunded = await EscrowReleaseTests.HoldAsync(probe);
        var failed = Guid.NewGuid();
        await probe.SendAsync(new HoldFunds(failed, Guid.NewGuid(), Guid.NewGuid(), 200m, 1m), failed.ToString());
        await probe.WaitForAsync<FundsHoldFailed>();

        await ReleaseAsync<FundsReleased>(probe, released, 2);
        await RefundAsync(probe, released, 1);
        await RefundAsync(probe, refunded, 3);
        await ReleaseAsync<FundsReleaseRejected>(probe, refunded, 1);
        await ReleaseAsync<FundsReleaseRejected>(probe, failed, 1);
        await RefundAsync(probe, failed, 1);

        await AssertLedgerAsync(host, held, EscrowStatuses.Held, 600, "HOLD");
        await AssertLedgerAsync(host, released, EscrowStatuses.Released, 0, "HOLD", "RELEASE");
        await AssertLedgerAsync(host, refunded, EscrowStatuses.Refunded, 0, "HOLD", "REFUND");
        await AssertLedgerAsync(host, failed, EscrowStatuses.Failed, 0);
        await AssertLedgerAsync(host, Guid.NewGuid(), "NONE", 0);
    }

    private static async Task AssertLedgerAsync(CampusGHost host, Guid orderId, string status, long balance, params string[] kinds)
    {
        var check = await EscrowTestHost.LedgerAsync(host, orderId);
        Assert.True(check.IsBalanced, $"{orderId}: {check}");
        Assert.Equal(status, check.Status);
        Assert.Equal(balance, check.BalanceMinor);
        Assert.Equal(kinds, check.Kinds);
    }

    private static Task ReleaseAsync<TReply>(MessageProbe probe, Guid orderId, int times)
        where TReply : class =>
        SendAsync<ReleaseFunds, TReply>(probe, orderId, times, () => new ReleaseFunds(orderId, Guid.NewGuid()));

    private static Task RefundAsync(MessageProbe probe, Guid orderId, int times) =>
        SendAsync<RefundFunds, FundsRefunded>(probe, orderId, times, () => new RefundFunds(orderId, "test"));

    private static async Task SendAsync<TCommand, TReply>(MessageProbe probe, Guid orderId, int times, Func<TCommand> command)
        where TCommand : class
        where TReply : class
    {
        var before = probe.All<TReply>().Count;
        for (var i = 0; i < times; i++)
        {
            await probe.SendAsync(command(), orderId.ToString());
        }

        await probe.WaitForCountAsync<TReply>(before + times);
    }
}
