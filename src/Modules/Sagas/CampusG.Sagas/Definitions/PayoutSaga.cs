using System.Globalization;
using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Users.Contracts;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.PayoutState>;
using Steps = CampusG.Sagas.Definitions.PayoutSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Payout (R-EARN-2 in docs/requirements.md): a payout the ledger booked (the payee's cash-out, or an automatic one after
/// a release) → the payee's card from Users → the gateway pays it (transient errors retried by Payments) → the ledger
/// settles it as PAID, or, when the card is gone or the gateway refuses, compensates: the amount goes back into the
/// balance (FAILED with the reason) → the payee is told. COMPLETED when paid, COMPENSATED when the money went back.
/// </summary>
internal sealed class PayoutSaga : ISaga<PayoutState>
{
    public const string NoPayoutMethod = "NO_PAYOUT_METHOD";

    public static string Type => "Payout";

    public static SagaRoutes<PayoutState> Routes { get; } = new SagaRoutes<PayoutState>()
        .StartedBy<PayoutRequested>((m, _) => Start(m))
        .Consumes<PaymentInfoRetrieved>(m => m.Role == PaymentInfoRoles.Payee)
        .Consumes<PaymentInfoMissing>(m => m.Role == PaymentInfoRoles.Payee)
        .Consumes<PayoutPaid>()
        .Consumes<PayoutFailed>()
        .Consumes<PayoutSettled>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    public static Guid NotificationId(Guid payoutId) => DeterministicGuid.Create($"payout:{payoutId}:settled");

    public static Result Start(PayoutRequested requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var state = new PayoutState(requested.PayoutId, requested.UserId, requested.Amount);
        return Result.Send(state, Commands(state), "requested");
    }

    public static Result On(PayoutState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        Result? result = (state.Step, message) switch
        {
            (Steps.RetrievePayoutMethod, PaymentInfoRetrieved m) => Next(state with { Step = Steps.PayOut, PayoutToken = m.GatewayToken }),
            (Steps.RetrievePayoutMethod, PaymentInfoMissing) => Settle(state, paid: false, NoPayoutMethod),
            (Steps.PayOut, PayoutPaid) => Settle(state, paid: true, null),
            (Steps.PayOut, PayoutFailed m) => Settle(state, paid: false, m.Reason),
            (Steps.Settle, PayoutSettled) => Next(state with { Step = Steps.Notify }),
            (Steps.Notify, NotificationSent m) when m.NotificationId == NotificationId(state.PayoutId) =>
                Result.Done(state with { Status = state.Paid == true ? SagaStates.Completed : SagaStates.Compensated }, "payee told"),
            _ => null,
        };
        return result is not null && SagaStates.IsActive(state.Status)
            ? result
            : Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    public static Result OnStepTimeout(PayoutState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state, maxRetries, (s, attempts) => s with { Attempts = attempts }, Commands, () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    /// <summary>The card token is kept only while the payout step may re-send it.</summary>
    public static PayoutState Stored(PayoutState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is { Status: SagaStates.Running, Step: Steps.PayOut } ? state : state with { PayoutToken = null };
    }

    public static TimeSpan StepTimeout(PayoutState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state.Step == Steps.PayOut ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static Result Next(PayoutState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, Commands(entered));
    }

    /// <summary>Paid: the ledger books it out. Not paid: the compensation, the money back into the balance.</summary>
    private static Result Settle(PayoutState state, bool paid, string? reason) => Next(state with
    {
        Step = Steps.Settle, Paid = paid, FailureReason = reason, PayoutToken = null, Status = paid ? SagaStates.Running : SagaStates.Compensating,
    });

    private static SagaCommand[] Commands(PayoutState s) => s.Step switch
    {
        Steps.RetrievePayoutMethod => [SagaCommand.Of(new RetrievePaymentInfo(s.PayoutId, s.UserId, PaymentInfoRoles.Payee))],
        Steps.PayOut => [SagaCommand.Of(new PayOut(s.PayoutId, s.UserId, s.Amount, CreateOrderSaga.Currency, s.PayoutToken ?? ""))],
        Steps.Settle => [SagaCommand.Of(new SettlePayout(s.PayoutId, s.UserId, s.Paid == true, s.FailureReason))],
        Steps.Notify => [SagaCommand.Of(Notice(s))],
        _ => [],
    };

    private static SendNotification Notice(PayoutState s) => s.Paid == true
        ? new(NotificationId(s.PayoutId), s.UserId, null, NotificationTemplates.PayoutPaid,
            string.Create(CultureInfo.InvariantCulture, $"S${s.Amount:0.00} was paid out to your card."))
        : new(NotificationId(s.PayoutId), s.UserId, null, NotificationTemplates.PayoutFailed,
            string.Create(CultureInfo.InvariantCulture, $"Your payout of S${s.Amount:0.00} failed ({Reason(s.FailureReason)}); the money is back in your balance."));

    private static string Reason(string? reason) => reason switch
    {
        NoPayoutMethod => "no usable card saved",
        null => "unknown reason",
        _ when reason.StartsWith("PAYOUT_DECLINED", StringComparison.Ordinal) => "your card refused it",
        _ => "the payment service could not reach your card",
    };
}
