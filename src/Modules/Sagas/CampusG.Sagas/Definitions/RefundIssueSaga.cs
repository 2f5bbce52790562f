using System.Globalization;
using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.RefundIssueState>;
using Steps = CampusG.Sagas.Definitions.RefundIssueSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Refund Issue (R-ISSUE-2 in docs/requirements.md): an operator resolved a problem report → the ledger takes the refund
/// from the charged payee's earnings (or the platform) for the customer → the gateway refunds the customer's card, once
/// per issue → the customer (and the charged payee) are told. A resolution without refund only tells the customer. A
/// refund the gateway keeps failing stays in Payments' dead letters for an operator's replay.
/// </summary>
internal sealed class RefundIssueSaga : ISaga<RefundIssueState>
{
    public static string Type => "RefundIssue";

    public static SagaRoutes<RefundIssueState> Routes { get; } = new SagaRoutes<RefundIssueState>()
        .StartedBy<OrderIssueResolved>((m, _) => Start(m))
        .Consumes<RefundCharged>()
        .Consumes<PaymentRefunded>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    /// <summary>The correlation id of an issue's messages: under the order's, so the order's event log shows them.</summary>
    public static string CorrelationId(Guid orderId, Guid issueId) => OrderCorrelation.Issue(orderId, issueId);

    public static Guid NotificationId(Guid issueId, Guid userId) => DeterministicGuid.Create($"refund-issue:{issueId}:{userId}");

    public static Result Start(OrderIssueResolved resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var state = new RefundIssueState(resolved.OrderId, resolved.IssueId, resolved.CustomerId)
        {
            RefundAmount = resolved.RefundAmount, ChargedTo = resolved.ChargedTo, PartyId = resolved.PartyId,
        };
        return Next(resolved.RefundAmount > 0 ? state : ToNotify(state));
    }

    public static Result On(RefundIssueState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        Result? result = (state.Step, message) switch
        {
            (Steps.ChargeRefund, RefundCharged m) when m.RefundId == state.IssueId => Next(state with { Step = Steps.RefundPayment }),
            (Steps.RefundPayment, PaymentRefunded m) when m.RefundId == state.IssueId => Next(ToNotify(state)),
            (Steps.Notify, NotificationSent m) => StepRetry.Without(state.AwaitingReplies, m.NotificationId.ToString()) switch
            {
                null => null,
                [] => Result.Done(state with { Status = SagaStates.Completed, AwaitingReplies = [] }, "completed"),
                var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"notification confirmed; {awaiting.Count} awaited"),
            },
            _ => null,
        };
        return result is not null && state.Status == SagaStates.Running
            ? result
            : Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    public static Result OnStepTimeout(RefundIssueState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state, maxRetries, (s, attempts) => s with { Attempts = attempts }, Commands, () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    public static TimeSpan StepTimeout(RefundIssueState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state.Step == Steps.RefundPayment ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static RefundIssueState ToNotify(RefundIssueState state) =>
        state with { Step = Steps.Notify, AwaitingReplies = [.. Notices(state).Select(n => n.NotificationId.ToString())] };

    private static Result Next(RefundIssueState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, Commands(entered));
    }

    private static SagaCommand[] Commands(RefundIssueState s) => s.Step switch
    {
        Steps.ChargeRefund => [SagaCommand.Of(new ChargeRefund(s.OrderId, s.IssueId, s.CustomerId, s.RefundAmount, s.ChargedTo, s.PartyId))],
        Steps.RefundPayment => [SagaCommand.Of(new RefundPayment(s.OrderId, s.IssueId, s.RefundAmount))],
        Steps.Notify => [.. Notices(s).Where(n => s.AwaitingReplies.Contains(n.NotificationId.ToString())).Select(SagaCommand.Of)],
        _ => [],
    };

    private static SendNotification[] Notices(RefundIssueState s)
    {
        var customer = new SendNotification(
            NotificationId(s.IssueId, s.CustomerId), s.CustomerId, s.OrderId, NotificationTemplates.IssueResolved,
            s.RefundAmount > 0
                ? string.Create(CultureInfo.InvariantCulture, $"Your problem report was resolved: S${s.RefundAmount:0.00} is refunded to your card.")
                : "Your problem report was resolved.");
        return s is { RefundAmount: > 0, PartyId: { } party }
            ? [customer, new SendNotification(
                NotificationId(s.IssueId, party), party, s.OrderId, NotificationTemplates.IssueResolved,
                string.Create(CultureInfo.InvariantCulture, $"A problem with this order was refunded to the customer: S${s.RefundAmount:0.00} is taken from your earnings."))]
            : [customer];
    }
}
