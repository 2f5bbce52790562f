using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;

namespace CampusG.Payments.Tests;

public sealed class PaymentReleaseDomainTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RequestRelease_RecordsTheFirstRunnerOnly()
    {
        var payment = InEscrow();
        var runnerId = Guid.NewGuid();

        Assert.True(payment.RequestRelease(runnerId, "tok_a"));
        Assert.False(payment.RequestRelease(Guid.NewGuid(), "tok_b"));

        Assert.Equal((runnerId, "tok_a"), (payment.RunnerId, payment.RunnerPayoutToken));
    }

    [Fact]
    public void RequestRelease_OfARefundedPayment_ChangesNothing()
    {
        var payment = InEscrow();
        payment.Refund(Now);

        Assert.False(payment.RequestRelease(Guid.NewGuid(), "tok_a"));
        Assert.False(payment.Release("po_1", Now));
        Assert.Null(payment.RunnerId);
        Assert.Equal(PaymentStatuses.Refunded, payment.Status);
    }

    [Fact]
    public void FailRelease_KeepsTheMoneyInEscrow_AndStopsRetries()
    {
        var payment = InEscrow();
        payment.RequestRelease(Guid.NewGuid(), "tok_a");
        Assert.True(payment.RecordPayoutTransientFailure(Now));

        Assert.True(payment.FailRelease("PAYOUT_FAILED", Now));
        Assert.False(payment.FailRelease("OTHER", Now));
        Assert.False(payment.RecordPayoutTransientFailure(Now));

        Assert.Equal((PaymentStatuses.InEscrow, 1, "PAYOUT_FAILED"), (payment.Status, payment.PayoutAttempts, payment.ReleaseFailureReason));
        Assert.True(payment.CanBeRefunded);
    }

    [Fact]
    public void RecordCapture_KeepsTheFirstChargeId()
    {
        var payment = InEscrow();

        payment.RecordCapture("ch_1");
        payment.RecordCapture("ch_2");

        Assert.Equal("ch_1", payment.ChargeId);
    }

    private static Payment InEscrow()
    {
        var payment = Payment.Initiate(Guid.NewGuid(), Guid.NewGuid(), 1050, "SGD", "tok_sim_ok_4242_00", Now);
        payment.Authorize("auth_1", Now);
        payment.MoveToEscrow(Now);
        return payment;
    }
}
