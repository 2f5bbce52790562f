using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CreateOrderState>;
using Steps = CampusG.Sagas.Definitions.CreateOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// A step with no reply in time: its commands are re-sent (participants are idempotent by business key)
/// up to the retry limit; then a pre-CREATED step fails the saga into compensation, while a step after
/// the order is CREATED, or the compensation itself, parks the saga as FAILED for an operator. MarkCreated is
/// the exception: Orders may have applied it (a runner may even have accepted the order) while its reply is
/// late, so the saga first cancels the order only if it is still PENDING_PAYMENT and undoes the payment and
/// escrow only once Orders says it did.
/// </summary>
internal sealed partial class CreateOrderSaga
{
    public static Result OnStepTimeout(CreateOrderState state, DateTimeOffset now, int maxRetries)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!SagaStates.IsActive(state.Status))
        {
            return Result.Ignored(state, $"no step waits in state {state.Status}");
        }

        if (state.Attempts < maxRetries)
        {
            var retried = state with { Attempts = state.Attempts + 1 };
            return Result.Send(retried, StepCommands(retried), $"timeout: retry {retried.Attempts} of {maxRetries}");
        }

        if (state is { Status: SagaStates.Running, Step: Steps.MarkCreated })
        {
            var confirming = state with { Step = Steps.ConfirmNotCreated, Attempts = 0 };
            return Result.Send(confirming, StepCommands(confirming), "timeout: order.markCreated unanswered; cancelling only if still PENDING_PAYMENT");
        }

        return state.Status == SagaStates.Running && FailureReason(state.Step) is { } reason
            ? Compensate(state, reason, stepOutcomeUnknown: true)
            : Result.Done(state with { Status = SagaStates.Failed }, $"timeout: gave up at step {state.Step} after {maxRetries} retries");
    }

    /// <summary>How a step that never answered counts; null once the order is CREATED (it is never undone from here).</summary>
    private static string? FailureReason(string step) => step switch
    {
        Steps.ReserveStock => CancellationReasons.CreationFailed,
        Steps.RetrievePaymentInfo => CancellationReasons.PaymentMethodMissing,
        Steps.AuthorizePayment => CancellationReasons.PaymentFailed,
        Steps.HoldFunds => CancellationReasons.EscrowFailed,
        _ => null,
    };
}
