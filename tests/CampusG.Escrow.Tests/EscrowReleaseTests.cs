using CampusG.Escrow.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Escrow.Tests;

/// <summary>Releasing escrow to the runner on the real bus: once, never after a refund, never refunded after.</summary>
public sealed class EscrowReleaseTests
{
    [Fact]
    public async Task Release_PaysTheRunnerOnce_AndRepeatsTheReply()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = await HoldAsync(probe);
        var release = new ReleaseFunds(orderId, Guid.NewGuid());

        await probe.SendAsync(release, orderId.ToString());
        var released = await probe.WaitForAsync<FundsReleased>(f => f.OrderId == orderId);
        await probe.SendAsync(release with { RunnerId = Guid.NewGuid() }, orderId.ToString());
        var replies = await probe.WaitForCountAsync<FundsReleased>(2);

        Assert.Equal(release.RunnerId, released.RunnerId);
        Assert.Equal(6m, released.Amount);
        Assert.All(replies, r => Assert.Equal(released with { Splits = r.Splits }, r));
        Assert.All(replies, r => Assert.Equal([new ReleasedSplit(SplitParties.Runner, release.RunnerId, 6m)], r.Splits!));
        Assert.Equal([600L, -600L], await EscrowTestHost.MovementsAsync(host, orderId));
    }

    [Fact]
    public async Task ReleaseOfAMenuOrder_PaysTheOwnerTheFoodFeeAndTheRiderTheDeliveryFee_Once()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = await HoldAsync(probe);
        var release = new ReleaseFunds(orderId, Guid.NewGuid(), Guid.NewGuid());

        await probe.SendAsync(release, orderId.ToString());
        await probe.SendAsync(release, orderId.ToString());
        var replies = await probe.WaitForCountAsync<FundsReleased>(2);

        var splits = replies[0].Splits!;
        Assert.Equal(SplitParties.Restaurant, splits[0].Party);
        Assert.Equal(release.RestaurantOwnerId, splits[0].PartyId);
        Assert.Equal((SplitParties.Runner, release.RunnerId), (splits[1].Party, splits[1].PartyId));
        Assert.Equal(replies[0].Amount, splits.Sum(s => s.Amount));
        var movements = await EscrowTestHost.MovementsAsync(host, orderId);
        Assert.Equal(3, movements.Count);
        Assert.Equal(0L, movements.Sum());
    }

    [Fact]
    public async Task Release_AfterARefund_IsRejected()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = await HoldAsync(probe);
        await probe.SendAsync(new RefundFunds(orderId, "cancelled"), orderId.ToString());
        await probe.WaitForAsync<FundsRefunded>();

        await probe.SendAsync(new ReleaseFunds(orderId, Guid.NewGuid()), orderId.ToString());

        var rejected = await probe.WaitForAsync<FundsReleaseRejected>();
        Assert.Equal(EscrowStatuses.Refunded, rejected.Status);
        Assert.Empty(probe.All<FundsReleased>());
        Assert.Equal([600L, -600L], await EscrowTestHost.MovementsAsync(host, orderId));
    }

    [Fact]
    public async Task Refund_AfterARelease_ChangesNothing_AndRepliesZero()
    {
        await using var host = await EscrowTestHost.StartAsync();
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var orderId = await HoldAsync(probe);
        await probe.SendAsync(new ReleaseFunds(orderId, Guid.NewGuid()), orderId.ToString());
        var released = await probe.WaitForAsync<FundsReleased>();

        await probe.SendAsync(new RefundFunds(orderId, "too late"), orderId.ToString());

        var refunded = await probe.WaitForAsync<FundsRefunded>();
        Assert.Equal(0m, refunded.Amount);
        Assert.Equal(released.EscrowId, refunded.EscrowId);
        Assert.Equal([600L, -600L], await EscrowTestHost.MovementsAsync(host, orderId));
        Assert.Equal(["HOLD", "RELEASE"], (await EscrowTestHost.LedgerAsync(host, orderId)).Kinds);
    }

    [Fact]
    public async Task Release_WithoutAnAccount_OrAfterAFailedHold_IsRejectedWithTheStatus()
    {
        await using var host = await EscrowTestHost.StartAsync(("Escrow:MaxHoldAmount", "10"));
        var probe = host.Services.GetRequiredService<MessageProbe>();
        var failedId = Guid.NewGuid();
        await probe.SendAsync(new HoldFunds(failedId, Guid.NewGuid(), Guid.NewGuid(), 50m, 2m), failedId.ToString());
        await probe.WaitForAsync<FundsHoldFailed>();
        var unknownId = Guid.NewGuid();

        await probe.SendAsync(new ReleaseFunds(failedId, Guid.NewGuid()), failedId.ToString());
        await probe.SendAsync(new ReleaseFunds(unknownId, Guid.NewGuid()), unknownId.ToString());

        Assert.Equal(EscrowStatuses.Failed, (await probe.WaitForAsync<FundsReleaseRejected>(r => r.OrderId == failedId)).Status);
        Assert.Equal("NONE", (await probe.WaitForAsync<FundsReleaseRejected>(r => r.OrderId == unknownId)).Status);
        Assert.Empty(await EscrowTestHost.MovementsAsync(host, failedId));
    }

    internal static async Task<Guid> HoldAsync(MessageProbe probe, decimal foodFee = 5m)
    {
        var orderId = Guid.NewGuid();
        await probe.SendAsync(new HoldFunds(orderId, Guid.NewGuid(), Guid.NewGuid(), foodFee, 1m), orderId.ToString());
        await probe.WaitForAsync<FundsHeld>(f => f.OrderId == orderId);
        return orderId;
    }
}
