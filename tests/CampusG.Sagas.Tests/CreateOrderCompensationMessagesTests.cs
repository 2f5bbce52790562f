using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>Each failure of the Create Order saga on the real bus ends COMPENSATED with the right commands.</summary>
public sealed class CreateOrderCompensationMessagesTests
{
    [Fact]
    public async Task NoPaymentMethod_CancelsAndAsksToCheckIt()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoMissing>(new PaymentInfoMissing(t.Flow.OrderId, t.Flow.CustomerId, PaymentInfoRoles.Customer));

        await AnswerCompensationAsync(t, payment: false, escrow: false);

        Assert.Equal(["user.retrievePaymentInfo", "order.cancel", "notification.send"], t.SentTypes());
        await AssertToldAsync(t, CancellationReasons.PaymentMethodMissing, NotificationTemplates.PaymentFailed);
    }

    [Fact]
    public async Task DeclinedPayment_CancelsAndAsksToCheckThePaymentMethod()
    {
        await using var t = await SagaTestHost.StartAsync();
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(t.Flow.PaymentInfo);
        await t.ReplyAsync<AuthorizePayment, PaymentFailed>(new PaymentFailed(t.Flow.OrderId, PaymentFailureReasons.Declined, "card_declined", Now));

        await AnswerCompensationAsync(t, payment: false, escrow: false);

        Assert.Equal(["user.retrievePaymentInfo", "payment.authorize", "order.cancel", "notification.send"], t.SentTypes());
        await AssertToldAsync(t, CancellationReasons.PaymentFailed, NotificationTemplates.PaymentFailed);
    }

    [Fact]
    public async Task EscrowFailure_VoidsThePaymentAndCancels_WithoutARefund()
    {
        await using var t = await SagaTestHost.StartAsync();
        await AuthorizeAsync(t);
        await t.ReplyAsync<HoldFunds, FundsHoldFailed>(new FundsHoldFailed(t.Flow.OrderId, "limit", Now));

        await AnswerCompensationAsync(t, payment: true, escrow: false);

        Assert.Equal(
            ["user.retrievePaymentInfo", "payment.authorize", "escrow.holdFunds", "order.cancel", "payment.revert", "notification.send"],
            t.SentTypes());
        await AssertToldAsync(t, CancellationReasons.EscrowFailed, NotificationTemplates.OrderCancelled);
    }

    [Fact]
    public async Task MarkCreatedFailure_RefundsVoidsAndCancels()
    {
        await using var t = await SagaTestHost.StartAsync();
        await AuthorizeAsync(t);
        await t.ReplyAsync<HoldFunds, FundsHeld>(t.Flow.Held);
        await t.ReplyAsync<MarkOrderCreated, OrderMarkCreatedFailed>(new OrderMarkCreatedFailed(t.Flow.OrderId, "not pending"));

        await AnswerCompensationAsync(t, payment: true, escrow: true);

        Assert.Equal(
            ["order.cancel", "payment.revert", "escrow.refund", "notification.send"],
            t.SentTypes().Skip(4));
        Assert.Equal(CancellationReasons.CreationFailed, (await t.CommandsAsync<RefundFunds>())[0].Reason);
        await AssertToldAsync(t, CancellationReasons.CreationFailed, NotificationTemplates.OrderCancelled);
    }

    /// <summary>The order was cancelled with <paramref name="reason"/> and the customer told with <paramref name="template"/>.</summary>
    private static async Task AssertToldAsync(SagaTestHost t, string reason, string template)
    {
        Assert.Equal(reason, (await t.CommandsAsync<CancelOrder>())[0].Reason);
        var notice = (await t.CommandsAsync<SendNotification>())[0];
        Assert.Equal(template, notice.Template);
        Assert.Equal(t.Flow.CustomerId, notice.UserId);
    }

    private static async Task AuthorizeAsync(SagaTestHost t)
    {
        await t.SendAsync(t.Flow.Created);
        await t.ReplyAsync<RetrievePaymentInfo, PaymentInfoRetrieved>(t.Flow.PaymentInfo);
        await t.ReplyAsync<AuthorizePayment, PaymentAuthorized>(t.Flow.Authorized);
    }

    /// <summary>Plays the participants of the compensation and checks the saga ends COMPENSATED only after the last reply.</summary>
    private static async Task AnswerCompensationAsync(SagaTestHost t, bool payment, bool escrow)
    {
        var flow = t.Flow;
        await t.WaitForStateAsync(SagaStates.Compensating);
        await t.ReplyAsync<CancelOrder, OrderCancelled>(
            new OrderCancelled(flow.OrderId, flow.CustomerId, (await t.CommandsAsync<CancelOrder>())[0].Reason, OrderStatuses.PendingPayment, Now));
        if (payment)
        {
            await t.ReplyAsync<RevertPayment, PaymentReverted>(new PaymentReverted(flow.OrderId, flow.PaymentId, PaymentStatuses.Refunded, Now));
        }

        if (escrow)
        {
            await t.ReplyAsync<RefundFunds, FundsRefunded>(new FundsRefunded(flow.OrderId, flow.EscrowId, 10.50m, Now));
        }

        await t.WaitForStepAsync("confirmed");
        Assert.Equal(SagaStates.Compensating, (await t.FindAsync())!.State);
        await t.ReplyAsync<SendNotification, NotificationSent>(flow.CancelledNotificationSent);
        var saga = await t.WaitForStateAsync(SagaStates.Compensated);
        Assert.Null(saga.StepDeadline);
        Assert.Equal(payment, t.SentTypes().Contains("payment.revert"));
        Assert.Equal(escrow, t.SentTypes().Contains("escrow.refund"));
    }
}
