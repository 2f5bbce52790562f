using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Create Order saga's typed state, stored as the instance's JSON data.</summary>
internal sealed record CreateOrderState(Guid OrderId, Guid CustomerId, decimal FoodFee, decimal DeliveryFee) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = CreateOrderSteps.RetrievePaymentInfo;

    public int Attempts { get; init; }

    /// <summary>The customer's payment method as the gateway knows it (never a card number); stored only while the authorization waits.</summary>
    public string? GatewayToken { get; init; }

    /// <summary>Set once the payment is authorized: compensation must void it.</summary>
    public Guid? PaymentId { get; init; }

    /// <summary>Set once funds are held: compensation must refund them.</summary>
    public Guid? EscrowId { get; init; }

    /// <summary>When the first window ends: an errand's acceptance window, a menu order's restaurant decision window.</summary>
    public DateTimeOffset? AcceptanceExpiresAt { get; init; }

    /// <summary><c>ERRAND</c> or <c>MENU</c>.</summary>
    public string Kind { get; init; } = OrderKinds.Errand;

    /// <summary>A menu order's restaurant owner, told of the new order once it is PLACED.</summary>
    public Guid? RestaurantOwnerId { get; init; }

    /// <summary>A menu order's lines, reserved first.</summary>
    public IReadOnlyList<MenuLine> Lines { get; init; } = [];

    /// <summary>Set once Inventory reserved the lines: compensation must release them.</summary>
    public bool StockReserved { get; init; }

    /// <summary>What ran out, in words, when the reservation failed (for the customer's notice).</summary>
    public string? OutOfStockItems { get; init; }

    /// <summary>Why the order is being (or was) cancelled, once compensation started.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>The wire names of the compensation commands whose replies have not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

/// <summary>One line of a menu order: what to reserve, and its name for the customer's notices.</summary>
internal sealed record MenuLine(Guid ItemId, string Name, int Quantity);

/// <summary>
/// The steps of R-SAGA-1 (docs/requirements.md), in order, then the compensation step. A menu order reserves its stock
/// first, and after the customer's notice the restaurant's owner is told.
/// </summary>
internal static class CreateOrderSteps
{
    public const string ReserveStock = "ReserveStock";
    public const string RetrievePaymentInfo = "RetrievePaymentInfo";
    public const string AuthorizePayment = "AuthorizePayment";
    public const string HoldFunds = "HoldFunds";
    public const string MarkCreated = "MarkCreated";
    public const string StartTimer = "StartTimer";
    public const string Notify = "Notify";
    public const string NotifyRestaurant = "NotifyRestaurant";

    /// <summary>MarkCreated never answered: cancel only if the order is still PENDING_PAYMENT, and see what Orders says.</summary>
    public const string ConfirmNotCreated = "ConfirmNotCreated";
    public const string Compensate = "Compensate";

    /// <summary>Steps after Orders marked the order CREATED (or PLACED): from there a cancel is the Cancel Order saga's alone.</summary>
    public static bool IsAfterCreation(string step) => step is StartTimer or Notify or NotifyRestaurant;
}
