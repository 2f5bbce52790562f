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
}
