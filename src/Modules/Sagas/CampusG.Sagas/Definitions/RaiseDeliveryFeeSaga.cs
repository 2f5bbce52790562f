using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.RaiseDeliveryFeeState>;
using Steps = CampusG.Sagas.Definitions.RaiseDeliveryFeeSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Raise Delivery Fee (R-ISSUE-5 in docs/requirements.md): Orders raised a waiting errand's fee (decided against a
/// runner's accept in one guarded update) → Payments authorizes the increment on the customer's card → Escrow grows the
/// hold. When the card refuses the increment, or the escrow is no longer held (the order was cancelled meanwhile), the
/// fee is put back while the order still waits (a payment already grown is given back with the order's own refund). When
/// the card refused it after a runner accepted the boosted fee, the platform funds the boost into the hold, so the
/// runner is paid the fee they accepted.
/// </summary>
internal sealed class RaiseDeliveryFeeSaga : ISaga<RaiseDeliveryFeeState>
{
    public static string Type => "RaiseDeliveryFee";

    public static SagaRoutes<RaiseDeliveryFeeState> Routes { get; } = new SagaRoutes<RaiseDeliveryFeeState>()
        .StartedBy<OrderDeliveryFeeRaised>((m, _) => Start(m))
        .Consumes<AuthorizationIncreased>()
        .Consumes<AuthorizationIncreaseFailed>()
        .Consumes<HoldIncreased>()
        .Consumes<HoldIncreaseRejected>()
        .Consumes<DeliveryFeeReverted>();

    public static string CorrelationId(Guid orderId, Guid boostId) => OrderCorrelation.Boost(orderId, boostId);

    public static Result Start(OrderDeliveryFeeRaised raised)
    {
        ArgumentNullException.ThrowIfNull(raised);
        return Next(new RaiseDeliveryFeeState(raised.OrderId, raised.BoostId, raised.Increment, raised.DeliveryFee));
    }

    public static Result On(RaiseDeliveryFeeState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        Result? result = (state.Step, message) switch
        {
            (Steps.IncreaseAuthorization, AuthorizationIncreased m) when m.BoostId == state.BoostId => Next(state with { Step = Steps.IncreaseHold }),
            (Steps.IncreaseAuthorization, AuthorizationIncreaseFailed m) when m.BoostId == state.BoostId =>
                Revert(state with { CardRefused = true }, $"the card refused the increment ({m.Reason})"),
            (Steps.IncreaseHold, HoldIncreased m) when m.BoostId == state.BoostId =>
                Result.Done(state with { Status = SagaStates.Completed }, "the hold covers the new fee"),
            (Steps.IncreaseHold, HoldIncreaseRejected m) when m.BoostId == state.BoostId => Revert(state, $"the escrow is {m.Status}"),
            (Steps.RevertFee, DeliveryFeeReverted { Applied: false } m) when m.BoostId == state.BoostId && state.CardRefused =>
                Next(state with { Step = Steps.PlatformCovers }),
            (Steps.RevertFee, DeliveryFeeReverted m) when m.BoostId == state.BoostId =>
                Result.Done(state with { Status = SagaStates.Compensated }, m.Applied ? "the fee is back" : "the order had moved on"),
            (Steps.PlatformCovers, HoldIncreased m) when m.BoostId == state.BoostId =>
                Result.Done(state with { Status = SagaStates.Compensated }, "a runner took the boosted fee: the platform covers the boost"),
            (Steps.PlatformCovers, HoldIncreaseRejected m) when m.BoostId == state.BoostId =>
                Result.Done(state with { Status = SagaStates.Compensated }, $"the escrow is {m.Status}: nothing to cover"),
            _ => null,
        };
        return result is not null && SagaStates.IsActive(state.Status)
            ? result
            : Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    public static Result OnStepTimeout(RaiseDeliveryFeeState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state, maxRetries, (s, attempts) => s with { Attempts = attempts }, Commands, () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    public static TimeSpan StepTimeout(RaiseDeliveryFeeState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state.Step == Steps.IncreaseAuthorization ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static Result Revert(RaiseDeliveryFeeState state, string reason) =>
        Next(state with { Step = Steps.RevertFee, Status = SagaStates.Compensating, FailureReason = reason });

    private static Result Next(RaiseDeliveryFeeState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, Commands(entered));
    }

    private static SagaCommand[] Commands(RaiseDeliveryFeeState s) => s.Step switch
    {
        Steps.IncreaseAuthorization => [SagaCommand.Of(new IncreaseAuthorization(s.OrderId, s.BoostId, s.Increment))],
        Steps.IncreaseHold => [SagaCommand.Of(new IncreaseHold(s.OrderId, s.BoostId, s.Increment))],
        Steps.RevertFee => [SagaCommand.Of(new RevertDeliveryFee(s.OrderId, s.BoostId, s.DeliveryFee - s.Increment))],
        Steps.PlatformCovers => [SagaCommand.Of(new IncreaseHold(s.OrderId, s.BoostId, s.Increment, FundedByPlatform: true))],
        _ => [],
    };
}
