using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;

namespace CampusG.Escrow.Tests;

public sealed class EscrowAccountTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Open_SumsTheFees_AndStartsPending()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);

        Assert.Equal(1050, account.AmountMinor);
        Assert.Equal(EscrowStatuses.Pending, account.Status);
    }

    [Fact]
    public void Refund_OfHeldFunds_HappensOnce()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);
        account.Hold(Now);

        Assert.True(account.Refund(Now));
        Assert.False(account.Refund(Now));
        Assert.Equal(EscrowStatuses.Refunded, account.Status);
    }

    [Fact]
    public void Refund_WithNothingHeld_ChangesNothing()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);
        account.Fail("no", Now);

        Assert.False(account.Refund(Now));
        Assert.Equal(EscrowStatuses.Failed, account.Status);
    }

    [Fact]
    public void Fail_AfterAHold_ChangesNothing()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);
        account.Hold(Now);

        account.Fail("late", Now);

        Assert.Equal(EscrowStatuses.Held, account.Status);
    }

    [Fact]
    public void Release_OfHeldFunds_HappensOnce_ToTheRunner()
    {
        var account = Held();
        var runnerId = Guid.NewGuid();

        Assert.True(account.Release(runnerId, null, 0, Now));
        Assert.False(account.Release(Guid.NewGuid(), null, 0, Now.AddMinutes(1)));
        Assert.Equal(EscrowStatuses.Released, account.Status);
        Assert.Equal(runnerId, account.RunnerId);
        Assert.Equal(Now, account.ReleasedAt);
    }

    [Fact]
    public void Release_OfAMenuOrder_SplitsTheFoodFeeToTheOwner_AndTheDeliveryFeeToTheRider()
    {
        var account = Held();
        var (runnerId, ownerId) = (Guid.NewGuid(), Guid.NewGuid());

        Assert.True(account.Release(runnerId, ownerId, 0, Now));

        Assert.Equal(
            [(SplitParties.Restaurant, ownerId, account.FoodFeeMinor), (SplitParties.Runner, runnerId, account.DeliveryFeeMinor)],
            account.Splits());
        Assert.Equal(account.AmountMinor, account.Splits().Sum(s => s.AmountMinor));
    }

    [Fact]
    public void Release_AfterARefund_ChangesNothing()
    {
        var account = Held();
        account.Refund(Now);

        Assert.False(account.Release(Guid.NewGuid(), null, 0, Now));
        Assert.Equal(EscrowStatuses.Refunded, account.Status);
        Assert.Null(account.RunnerId);
    }

    [Fact]
    public void Refund_AfterARelease_ChangesNothing()
    {
        var account = Held();
        account.Release(Guid.NewGuid(), null, 0, Now);

        Assert.False(account.Refund(Now));
        Assert.Equal(EscrowStatuses.Released, account.Status);
        Assert.Null(account.RefundedAt);
    }

    [Fact]
    public void Release_WithNothingHeld_ChangesNothing()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);

        Assert.False(account.Release(Guid.NewGuid(), null, 0, Now));
        Assert.Equal(EscrowStatuses.Pending, account.Status);
    }

    private static EscrowAccount Held()
    {
        var account = EscrowAccount.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 850, 200, Now);
        account.Hold(Now);
        return account;
    }
}
