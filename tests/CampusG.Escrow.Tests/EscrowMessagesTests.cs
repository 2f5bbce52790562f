using CampusG.Escrow.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Escrow.Tests;

/// <summary>The Escrow module on the real bus, driven through its commands.</summary>
public sealed class EscrowMessagesTests
{
    [Fact]
    public async Task HoldFunds_HoldsOnce_EvenWhenTheCommandIsRepeated()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var hold = new HoldFunds(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 8.50m, 2.00m);

        await probe.SendAsync(hold, hold.OrderId.ToString());
        var held = await probe.WaitForAsync<FundsHeld>(f => f.OrderId == hold.OrderId);
        await probe.SendAsync(hold, hold.OrderId.ToString());
        await probe.WaitForCountAsync<FundsHeld>(2);

        Assert.Equal(10.50m, held.Amount);
        Assert.All(probe.All<FundsHeld>(), f => Assert.Equal(held.EscrowId, f.EscrowId));
        Assert.Equal([1050L], await EscrowTestHost.MovementsAsync(host, hold.OrderId));
    }

    [Fact]
    public async Task Refund_ReturnsHeldFundsOnce()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = Guid.NewGuid();
        await probe.SendAsync(new HoldFunds(orderId, Guid.NewGuid(), Guid.NewGuid(), 5m, 1m), orderId.ToString());
        await probe.WaitForAsync<FundsHeld>();

        await probe.SendAsync(new RefundFunds(orderId, "test"), orderId.ToString());
        await probe.SendAsync(new RefundFunds(orderId, "test again"), orderId.ToString());
        await probe.WaitForCountAsync<FundsRefunded>(2);

        Assert.All(probe.All<FundsRefunded>(), r => Assert.Equal(6m, r.Amount));
        Assert.Equal([600L, -600L], await EscrowTestHost.MovementsAsync(host, orderId));
    }

    [Fact]
    public async Task Refund_WhenNothingWasHeld_RepliesWithZero()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = Guid.NewGuid();

        await probe.SendAsync(new RefundFunds(orderId, "compensation"), orderId.ToString());

        var refunded = await probe.WaitForAsync<FundsRefunded>();
        Assert.Equal(0m, refunded.Amount);
        Assert.Null(refunded.EscrowId);
    }

    [Fact]
    public async Task HoldAboveTheLimit_Fails()
    {
        await using var host = await EscrowTestHost.StartAsync(("Escrow:MaxHoldAmount", "100"));
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = Guid.NewGuid();

        await probe.SendAsync(new HoldFunds(orderId, Guid.NewGuid(), Guid.NewGuid(), 99m, 2m), orderId.ToString());

        var failed = await probe.WaitForAsync<FundsHoldFailed>();
        Assert.Contains("limit", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(await EscrowTestHost.MovementsAsync(host, orderId));
    }

    [Fact]
    public async Task HoldWithAnInjectedFault_Fails()
    {
        await using var host = await EscrowTestHost.StartAsync(("Faults:escrow.holdFunds", "true"));
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = Guid.NewGuid();

        await probe.SendAsync(new HoldFunds(orderId, Guid.NewGuid(), Guid.NewGuid(), 1m, 1m), orderId.ToString());

        Assert.Equal(orderId, (await probe.WaitForAsync<FundsHoldFailed>()).OrderId);
    }
}
