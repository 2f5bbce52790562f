using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;

namespace CampusG.Payments.Tests;

public sealed class PaymentTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Initiate_StartsInitiating_WithNoAttempts()
    {
        var payment = NewPayment();

        Assert.Equal(PaymentStatuses.Initiating, payment.Status);
        Assert.Equal(0, payment.Attempts);
        Assert.Equal(1050, payment.AmountMinor);
        Assert.Equal(7, payment.Id.Version);
    }

    [Fact]
    public void Authorize_HappensOnce()
    {
        var payment = NewPayment();

        Assert.True(payment.Authorize("auth_1", Now));
        Assert.False(payment.Authorize("auth_2", Now.AddMinutes(1)));

        Assert.Equal(PaymentStatuses.Authorized, payment.Status);
        Assert.Equal("auth_1", payment.AuthorizationId);
        Assert.Equal(Now, payment.AuthorizedAt);
        Assert.Equal(1, payment.Attempts);
    }

    [Fact]
    public void TransientFailures_KeepItInitiating_AndCountAttempts()
    {
        var payment = NewPayment();

        Assert.True(payment.RecordTransientFailure(Now));
        Assert.True(payment.RecordTransientFailure(Now.AddSeconds(1)));

        Assert.Equal(PaymentStatuses.Initiating, payment.Status);
        Assert.Equal(2, payment.Attempts);
        Assert.Equal(Now.AddSeconds(1), payment.UpdatedAt);
    }

    [Fact]
    public void Fail_IsFinal()
    {
        var payment = NewPayment();

        Assert.True(payment.Fail(PaymentFailureReasons.Declined, "declined", Now));

        Assert.False(payment.Authorize("late", Now));
        Assert.False(payment.RecordTransientFailure(Now));
        Assert.False(payment.Refund(Now));
        Assert.Equal(PaymentStatuses.Failed, payment.Status);
        Assert.Equal(PaymentFailureReasons.Declined, payment.FailureReason);
        Assert.Null(payment.AuthorizationId);
    }

    [Fact]
    public void Fail_WithoutAGatewayCall_DoesNotCountAnAttempt()
    {
        var payment = NewPayment();

        payment.Fail(PaymentFailureReasons.ProcessingError, "reverted before authorization", Now, countsAsAttempt: false);

        Assert.Equal(0, payment.Attempts);
        Assert.Equal("reverted before authorization", payment.FailureDetail);
    }

    [Fact]
    public void Fail_AfterAuthorization_ChangesNothing()
    {
        var payment = AuthorizedPayment();

        Assert.False(payment.Fail(PaymentFailureReasons.Declined, "late", Now));
        Assert.Equal(PaymentStatuses.Authorized, payment.Status);
    }

    [Fact]
    public void HappyPath_GoesThroughEscrowToReleased_Once()
    {
        var payment = AuthorizedPayment();

        Assert.True(payment.MoveToEscrow(Now));
        Assert.False(payment.MoveToEscrow(Now));
        Assert.True(payment.Capture("ch_1", 1050, Now.AddHours(1)));
        Assert.False(payment.Capture("ch_2", 1050, Now.AddHours(2)));

        Assert.Equal(PaymentStatuses.Released, payment.Status);
        Assert.Equal(Now.AddHours(1), payment.ReleasedAt);
        Assert.False(payment.Refund(Now));
    }

    [Fact]
    public void Capture_BeforeAuthorization_ChangesNothing()
    {
        var payment = NewPayment();

        Assert.False(payment.Capture("ch_1", 1050, Now));
        Assert.Equal(PaymentStatuses.Initiating, payment.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Refund_FromAuthorizedOrInEscrow_HappensOnce(bool inEscrow)
    {
        var payment = AuthorizedPayment();
        if (inEscrow)
        {
            payment.MoveToEscrow(Now);
        }

        Assert.True(payment.Refund(Now.AddMinutes(5)));
        Assert.False(payment.Refund(Now.AddMinutes(6)));

        Assert.Equal(PaymentStatuses.Refunded, payment.Status);
        Assert.Equal(Now.AddMinutes(5), payment.RefundedAt);
        Assert.False(payment.MoveToEscrow(Now));
    }

    [Fact]
    public void Refund_WhileInitiating_ChangesNothing()
    {
        var payment = NewPayment();

        Assert.False(payment.CanBeRefunded);
        Assert.False(payment.Refund(Now));
        Assert.Equal(PaymentStatuses.Initiating, payment.Status);
    }

    private static Payment AuthorizedPayment()
    {
        var payment = NewPayment();
        payment.Authorize("auth_1", Now);
        return payment;
    }

    private static Payment NewPayment() => Payment.Initiate(Guid.NewGuid(), Guid.NewGuid(), 1050, "SGD", "tok_sim_ok_4242_00", Now);
}
