using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
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
/// were held, release a menu order's stock if it was reserved, and tell the customer, all at once; COMPENSATED when
/// every reply is in.
/// </summary>
internal sealed partial class CreateOrderSaga
{
    /// <param name="stepOutcomeUnknown">
    /// The step timed out, so its command may yet have taken effect: undo it too (participants answer
    /// a void or refund of nothing with an empty reply).
    /// </param>
    /// <param name="orderAlreadyCancelled">Orders has cancelled (or never had) the order: no cancel to send.</param>
    private static Result Compensate(CreateOrderState state, string reason, bool stepOutcomeUnknown = false, bool orderAlreadyCancelled = false)
    {
        var paymentMayExist = state.PaymentId is not null || (stepOutcomeUnknown && state.Step == Steps.AuthorizePayment);
        var fundsMayBeHeld = state.EscrowId is not null || (stepOutcomeUnknown && state.Step == Steps.HoldFunds);
        var stockMayBeReserved = state.StockReserved || (stepOutcomeUnknown && state.Step == Steps.ReserveStock);
        List<string> awaiting = orderAlreadyCancelled ? [] : [MessageName.Of<CancelOrder>()];
        if (paymentMayExist)
        {
            awaiting.Add(MessageName.Of<RevertPayment>());
        }

        if (fundsMayBeHeld)
        {
            awaiting.Add(MessageName.Of<RefundFunds>());
        }

        if (stockMayBeReserved)
        {
            awaiting.Add(MessageName.Of<ReleaseStock>());
        }

        awaiting.Add(MessageName.Of<SendNotification>());
        var compensating = state with
        {
            Status = SagaStates.Compensating, Step = Steps.Compensate, Attempts = 0, CancellationReason = reason, AwaitingReplies = awaiting,
        };
        return Result.Send(compensating, StepCommands(compensating), $"compensating ({reason})");
    }

    /// <summary>
    /// The customer cancelled before the order was CREATED: the Cancel Order saga refunds, reverts and tells them, so
    /// this saga only stops going forward. What it already sent (the step in flight included) reaches each
    /// participant before the Cancel Order saga's undo does: both sagas send through the Sagas outbox under the
    /// order's correlation id, whose order every queue keeps. Going on instead would authorize and hold after that
    /// undo, and end in a second compensation and a second, contradictory notice.
    /// </summary>
    /// <remarks>An operator's cancel before CREATED stops it the same way.</remarks>
    private static Result CustomerCancelled(CreateOrderState state, string reason = CancellationReasons.CustomerCancelled) => Result.Done(
        state with { Status = SagaStates.Compensated, Step = Steps.Compensate, Attempts = 0, CancellationReason = reason },
        $"{(reason == CancellationReasons.OperatorCancelled ? "an operator" : "the customer")} cancelled before CREATED: stopped; the Cancel Order saga undoes the payment and escrow");

    private static Result? OnCompensating(CreateOrderState state, object message) => message switch
    {
        OrderCancelled or OrderCancelRejected => Confirmed(state, MessageName.Of<CancelOrder>()),
        PaymentReverted => Confirmed(state, MessageName.Of<RevertPayment>()),
        FundsRefunded => Confirmed(state, MessageName.Of<RefundFunds>()),
        StockReleased => Confirmed(state, MessageName.Of<ReleaseStock>()),
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
