using CampusG.Escrow.Contracts;
using CampusG.Messaging.Serialization;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CreateOrderState>;
using Steps = CampusG.Sagas.Definitions.CreateOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Compensation: cancel the order, void the payment if it was authorized, refund the escrow if funds
/// were held, and tell the customer, all at once; COMPENSATED when every reply is in.
/// </summary>
internal sealed partial class CreateOrderSaga
{
    /// <param name="stepOutcomeUnknown">
    /// The step timed out, so its command may yet have taken effect: undo it too (participants answer
    /// a void or refund of nothing with an empty reply).
    /// </param>
    private static Result Compensate(CreateOrderState state, string reason, bool stepOutcomeUnknown = false)
    {
        var paymentMayExist = state.PaymentId is not null || (stepOutcomeUnknown && state.Step == Steps.AuthorizePayment);
        var fundsMayBeHeld = state.EscrowId is not null || (stepOutcomeUnknown && state.Step == Steps.HoldFunds);
        List<string> awaiting = [MessageName.Of<CancelOrder>()];
        if (paymentMayExist)
        {
            awaiting.Add(MessageName.Of<RevertPayment>());
        }

        if (fundsMayBeHeld)
        {
            awaiting.Add(MessageName.Of<RefundFunds>());
        }

        awaiting.Add(MessageName.Of<SendNotification>());
        var compensating = state with
        {
            Status = SagaStates.Compensating, Step = Steps.Compensate, Attempts = 0, CancellationReason = reason, AwaitingReplies = awaiting,
        };
        return Result.Send(compensating, StepCommands(compensating), $"compensating ({reason})");
    }

    /// <summary>
    /// The customer cancelled before the order was CREATED. The Cancel Order saga refunds, reverts and tells them;
    /// this saga stops going forward and undoes its own steps too, including the one in flight, whose command
    /// reaches its participant before the undo does (one correlation id keeps its order). Without that, a payment
    /// authorized after the Cancel Order saga's revert had found nothing would stay held.
    /// </summary>
    private static Result CustomerCancelled(CreateOrderState state)
    {
        var compensating = Compensate(state, CancellationReasons.CustomerCancelled, stepOutcomeUnknown: true).State;
        List<string> awaiting = [.. compensating.AwaitingReplies.Where(c => c != MessageName.Of<CancelOrder>() && c != MessageName.Of<SendNotification>())];
        if (awaiting.Count == 0)
        {
            return Result.Done(compensating with { Status = SagaStates.Compensated, AwaitingReplies = [] }, "compensated (CUSTOMER_CANCELLED): nothing to undo");
        }

        var undoing = compensating with { AwaitingReplies = awaiting };
        return Result.Send(undoing, StepCommands(undoing), "customer cancelled: undoing the payment and escrow steps");
    }

    private static Result? OnCompensating(CreateOrderState state, object message) => message switch
    {
        OrderCancelled or OrderCancelRejected => Confirmed(state, MessageName.Of<CancelOrder>()),
        PaymentReverted => Confirmed(state, MessageName.Of<RevertPayment>()),
        FundsRefunded => Confirmed(state, MessageName.Of<RefundFunds>()),
        NotificationSent m when m.NotificationId == CancelledNotificationId(state.OrderId) => Confirmed(state, MessageName.Of<SendNotification>()),
        _ => null,
    };

    /// <summary>The reply to <paramref name="command"/> arrived; a second one does not apply.</summary>
    private static Result? Confirmed(CreateOrderState state, string command)
    {
        if (!state.AwaitingReplies.Contains(command))
        {
            return null;
        }

        List<string> awaiting = [.. state.AwaitingReplies.Where(c => c != command)];
        return awaiting.Count == 0
            ? Result.Done(state with { Status = SagaStates.Compensated, AwaitingReplies = [] }, $"compensated ({state.CancellationReason})")
            : Result.Done(state with { AwaitingReplies = awaiting }, $"{command} confirmed; awaiting {string.Join(", ", awaiting)}");
    }
}
