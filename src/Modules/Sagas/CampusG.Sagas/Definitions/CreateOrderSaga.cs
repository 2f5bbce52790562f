using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CreateOrderState>;
using Steps = CampusG.Sagas.Definitions.CreateOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Create Order (R-SAGA-1 in docs/requirements.md): payment info → authorize → hold funds → mark CREATED → start the
/// acceptance timer → notify. A menu order (R-MENU-3) reserves its stock first, is marked PLACED, starts the restaurant's
/// decision timer, and tells the customer and then the restaurant's owner. Pure functions of (state, message); a
/// failure compensates (a menu order's reservation is released too).
/// </summary>
internal sealed partial class CreateOrderSaga : ISaga<CreateOrderState>
{
    /// <summary>Used only if an <see cref="OrderUpdated"/> to CREATED lacks its deadline (Orders' default window).</summary>
    private static readonly TimeSpan DefaultAcceptanceWindow = TimeSpan.FromMinutes(30);

    public static string Type => "CreateOrder";

    public static SagaRoutes<CreateOrderState> Routes { get; } = new SagaRoutes<CreateOrderState>()
        .StartedBy<OrderCreated>((created, _) => Start(created))
        .Consumes<StockReserved>()
        .Consumes<StockReservationFailed>()
        .Consumes<StockReleased>()
        .Consumes<PaymentInfoRetrieved>(m => m.Role == PaymentInfoRoles.Customer)
        .Consumes<PaymentInfoMissing>(m => m.Role == PaymentInfoRoles.Customer)
        .Consumes<PaymentAuthorized>()
        .Consumes<PaymentFailed>()
        .Consumes<FundsHeld>()
        .Consumes<FundsHoldFailed>()
        .Consumes<OrderUpdated>()
        .Consumes<OrderMarkCreatedFailed>()
        .Consumes<TimerStarted>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification)
        .Consumes<OrderCancelled>()
        .Consumes<OrderCancelRejected>()
        .Consumes<PaymentReverted>()
        .Consumes<FundsRefunded>();

    public static Result Start(OrderCreated created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var state = new CreateOrderState(created.OrderId, created.CustomerId, created.FoodFee, created.DeliveryFee) { Kind = created.Kind };
        if (created.Kind == OrderKinds.Menu)
        {
            state = state with
            {
                Step = Steps.ReserveStock,
                RestaurantOwnerId = created.RestaurantOwnerId,
                Lines = [.. (created.Lines ?? []).Select(l => new MenuLine(l.ItemId, l.Name, l.Quantity))],
            };
        }

        return Result.Send(state, StepCommands(state), "started");
    }

    public static Result On(CreateOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = state.Status switch
        {
            SagaStates.Running => OnRunning(state, message) ?? OnConfirmingNotCreated(state, message, now),
            SagaStates.Compensating => OnCompensating(state, message),
            _ => null,
        };
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    /// <summary>The customer's gateway token is kept only while the authorization step may re-send it.</summary>
    public static CreateOrderState Stored(CreateOrderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is { Status: SagaStates.Running, Step: Steps.AuthorizePayment } ? state : state with { GatewayToken = null };
    }

    public static TimeSpan StepTimeout(CreateOrderState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state is { Status: SagaStates.Running, Step: Steps.AuthorizePayment } ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static Result? OnRunning(CreateOrderState state, object message) => (state.Step, message) switch
    {
        (Steps.ReserveStock, StockReserved) => Next(state with { Step = Steps.RetrievePaymentInfo, StockReserved = true }),
        (Steps.ReserveStock, StockReservationFailed m) =>
            Compensate(state with { OutOfStockItems = Shortfalls(state, m.FailedItems) }, CancellationReasons.OutOfStock),
        (Steps.RetrievePaymentInfo, PaymentInfoRetrieved m) when m.Role == PaymentInfoRoles.Customer =>
            Next(state with { Step = Steps.AuthorizePayment, GatewayToken = m.GatewayToken }),
        (Steps.RetrievePaymentInfo, PaymentInfoMissing m) when m.Role == PaymentInfoRoles.Customer =>
            Compensate(state, CancellationReasons.PaymentMethodMissing),
        (Steps.AuthorizePayment, PaymentAuthorized m) => Next(state with { Step = Steps.HoldFunds, PaymentId = m.PaymentId }),
        (Steps.AuthorizePayment, PaymentFailed) => Compensate(state, CancellationReasons.PaymentFailed),
        (Steps.HoldFunds, FundsHeld m) => Next(state with { Step = Steps.MarkCreated, EscrowId = m.EscrowId }),
        (Steps.HoldFunds, FundsHoldFailed) => Compensate(state, CancellationReasons.EscrowFailed),
        (Steps.MarkCreated, OrderUpdated { Status: OrderStatuses.Created or OrderStatuses.Placed } m) =>
            Next(state with { Step = Steps.StartTimer, AcceptanceExpiresAt = m.AcceptanceExpiresAt ?? m.At + DefaultAcceptanceWindow }),
        (Steps.MarkCreated, OrderMarkCreatedFailed) => Compensate(state, CancellationReasons.CreationFailed),
        (Steps.StartTimer, TimerStarted m) when m.TimerId == FirstWindowTimerId(state) => Next(state with { Step = Steps.Notify }),
        (Steps.Notify, NotificationSent m) when m.NotificationId == CreatedNotificationId(state.OrderId) => state.Kind == OrderKinds.Menu
            ? Next(state with { Step = Steps.NotifyRestaurant })
            : Result.Done(state with { Status = SagaStates.Completed }, "completed"),
        (Steps.NotifyRestaurant, NotificationSent m) when m.NotificationId == RestaurantNotificationId(state.OrderId) =>
            Result.Done(state with { Status = SagaStates.Completed }, "completed"),
        (_, OrderCancelled { Reason: CancellationReasons.CustomerCancelled or CancellationReasons.OperatorCancelled } m)
            when !Steps.IsAfterCreation(state.Step) => CustomerCancelled(state, m.Reason),
        _ => null,
    };

    /// <summary>The replies to the guarded cancel after MarkCreated went unanswered (<see cref="Steps.ConfirmNotCreated"/>).</summary>
    private static Result? OnConfirmingNotCreated(CreateOrderState state, object message, DateTimeOffset now) => (state.Step, message) switch
    {
        (Steps.ConfirmNotCreated, OrderUpdated { Status: OrderStatuses.Created or OrderStatuses.Placed } m) =>
            Next(state with { Step = Steps.StartTimer, AcceptanceExpiresAt = m.AcceptanceExpiresAt ?? m.At + DefaultAcceptanceWindow }),
        (Steps.ConfirmNotCreated, OrderCancelled { Reason: CancellationReasons.CreationFailed }) =>
            Compensate(state, CancellationReasons.CreationFailed, orderAlreadyCancelled: true),
        (Steps.ConfirmNotCreated, OrderCancelRejected { Status: OrderStatuses.Created or OrderStatuses.Placed } m) =>
            Next(state with { Step = Steps.StartTimer, AcceptanceExpiresAt = m.AcceptanceExpiresAt ?? now + DefaultAcceptanceWindow }),
        (Steps.ConfirmNotCreated, OrderCancelRejected { Status: OrderStatuses.Cancelled }) => CustomerCancelled(state),
        (Steps.ConfirmNotCreated, OrderCancelRejected { Status: OrderStatuses.NotFound }) =>
            Compensate(state, CancellationReasons.CreationFailed, orderAlreadyCancelled: true),
        (Steps.ConfirmNotCreated, OrderCancelRejected m) =>
            Result.Done(state with { Status = SagaStates.Completed }, $"completed: the order was created after all and is {m.Status}"),
        _ => null,
    };

    /// <summary>The items Inventory could not reserve, named for the customer: "Chicken rice (2 asked, 1 left)".</summary>
    private static string Shortfalls(CreateOrderState state, IReadOnlyList<StockShortfall> failed) => string.Join(", ", failed.Select(f =>
        $"{state.Lines.FirstOrDefault(l => l.ItemId == f.ItemId)?.Name ?? "an item"} ({f.Requested} asked, {f.Available} left)"));

    /// <summary>Enters the next step and sends its command.</summary>
    private static Result Next(CreateOrderState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, StepCommands(entered));
    }
}
