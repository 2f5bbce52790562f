using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampusG.Web.Api;

// The public API's bodies (docs/api.md), as the UI reads and sends them.

public sealed record SignUpRequest(string Email, string Password, string FirstName, string LastName, string PhoneNumber);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, Guid UserId);

public sealed record PaymentMethod(string Brand, string Last4, int ExpMonth, int ExpYear);

public sealed record PaymentMethodRequest(string CardNumber, int ExpMonth, int ExpYear, string Cvc);

public sealed record UserProfile(
    Guid UserId, string Email, string FirstName, string LastName, string PhoneNumber,
    decimal? CustomerRating, decimal? RunnerRating, DateTimeOffset CreatedAt, PaymentMethod? PaymentMethod);

public sealed record PlaceOrderRequest(string Description, decimal FoodFee, decimal DeliveryFee, string DeliveryLocation);

public sealed record TimelineEntry(string Status, DateTimeOffset At);

public sealed record Order(
    Guid OrderId, Guid CustomerId, Guid? RunnerId, string Status, string Description, decimal FoodFee, decimal DeliveryFee,
    string DeliveryLocation, string? CancellationReason, DateTimeOffset? AcceptanceExpiresAt, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<TimelineEntry> Timeline,
    string Kind = "ERRAND", Guid? RestaurantId = null, IReadOnlyList<OrderLine>? Items = null, string? SpecialInstructions = null,
    DeliveryAddress? DeliveryAddress = null, DateTimeOffset? EstimatedReadyTime = null, DateTimeOffset? ReadyAt = null,
    DateTimeOffset? Eta = null, Pickup? Pickup = null)
{
    public decimal Total => FoodFee + DeliveryFee;

    /// <summary>Ordered from a restaurant's menu (the restaurant is paid the food, the runner the fee), not an errand.</summary>
    public bool IsMenu => Kind == "MENU";
}

/// <summary>One line of a menu order, priced when it was placed.</summary>
public sealed record OrderLine(Guid ItemId, string Name, decimal UnitPrice, int Quantity, decimal LineTotal);

/// <summary>Where a menu order is picked up: its restaurant.</summary>
public sealed record Pickup(Guid RestaurantId, string Name, string Location);

public sealed record DeliveryAddress(string Street, string City, string? State, string ZipCode)
{
    public override string ToString() => string.Join(", ", new[] { Street, City, State, ZipCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed record OrderPage(IReadOnlyList<Order> Items, string? NextCursor);

public sealed record Proof(Guid ProofId, string Kind, string ContentType, long Size, DateTimeOffset CreatedAt);

public sealed record ReviewRequest(int Rating, string? Comment);

public sealed record Review(Guid ReviewId, int Rating, string? Comment, DateTimeOffset CreatedAt);

public sealed record OrderEvent(Guid Id, string Type, DateTimeOffset Timestamp, string? Source, JsonElement Payload);

public sealed record OrderPayment(
    string PaymentStatus, string EscrowStatus, decimal? Amount, DateTimeOffset? AuthorizedAt, DateTimeOffset? ReleasedAt, DateTimeOffset? RefundedAt,
    IReadOnlyList<PaymentSplit>? Splits = null, decimal? RefundedAmount = null);

/// <summary>One payee's part of an order's money: <c>RESTAURANT</c> (the food) or <c>RUNNER</c> (the fee).</summary>
public sealed record PaymentSplit(string Party, Guid PartyId, decimal Amount, string Status);

/// <summary>What anyone signed in may see of another user (<c>GET /v1/users/{id}</c>).</summary>
public sealed record PublicProfile(Guid UserId, string FirstName, decimal? CustomerRating, decimal? RunnerRating);

public sealed record MenuItem(Guid ItemId, Guid RestaurantId, string Name, string? Description, decimal Price, bool Available, int? AvailableCount)
{
    /// <summary>Offered by the owner and not sold out (a count of <c>null</c> is not counted: never sold out).</summary>
    public bool CanOrder => Available && AvailableCount is not 0;

    /// <summary>The most one order may take: 50, or the stock left when it is counted.</summary>
    public int MaxQuantity => Math.Min(50, AvailableCount ?? 50);
}

public sealed record Restaurant(
    Guid RestaurantId, Guid OwnerId, string Name, string? Description, string Location, string Status, double? Lat, double? Lng,
    DateTimeOffset CreatedAt, IReadOnlyList<MenuItem> Items)
{
    public bool IsOpen => Status == "OPEN";
}

public sealed record RestaurantPage(IReadOnlyList<Restaurant> Items, string? NextCursor);

/// <summary>Opening a restaurant; its position (<c>lat</c>, <c>lng</c>) is optional and puts it on the customers' tracking map.</summary>
public sealed record OpenRestaurantRequest(
    string Name, string? Description, string Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lat = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lng = null);

/// <summary>A PATCH of a restaurant: only the fields given are sent.</summary>
public sealed record RestaurantPatch(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Location = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status = null);

public sealed record AddMenuItemRequest(string Name, string? Description, decimal Price, int? Stock);

/// <summary>A PATCH of a menu item: only the fields given are sent.</summary>
public sealed record MenuItemPatch(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Price = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Available = null);

public sealed record Availability(Guid ItemId, bool Available, int? AvailableCount);

public sealed record MenuOrderLine(Guid ItemId, int Quantity);

/// <summary>A menu order: no prices (the API takes them from the menu), a campus location or a street address.</summary>
public sealed record PlaceMenuOrderRequest(
    Guid RestaurantId, IReadOnlyList<MenuOrderLine> Items, decimal DeliveryFee,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeliveryLocation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DeliveryAddress? DeliveryAddress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SpecialInstructions);

/// <summary>The restaurant's answer to a placed order: <c>ACCEPTED</c> with a ready time, or <c>REJECTED</c>.</summary>
public sealed record RestaurantDecision(string Status, DateTimeOffset? AcceptedAt, DateTimeOffset? EstimatedReadyTime, DateTimeOffset? RejectedAt);

public sealed record ReadyAnswer(DateTimeOffset ReadyAt);

public sealed record Notification(
    Guid NotificationId, Guid? OrderId, string Template, string Message, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    IReadOnlyList<NotificationDelivery>? Deliveries = null);

/// <summary>One channel's delivery of a notification: <c>IN_APP</c>, <c>EMAIL</c> or <c>SMS</c>; PENDING, SENT or FAILED.</summary>
public sealed record NotificationDelivery(string Channel, string Status, int Attempts, DateTimeOffset? SentAt);

/// <summary>Which channels besides in-app the user wants notifications on.</summary>
public sealed record NotificationPreferences(bool Email, bool Sms, bool InApp);

/// <summary>A notification in the operators' list: whose it is, and the notification with its deliveries.</summary>
public sealed record AdminNotification(Guid UserId, Notification Notification);

public sealed record SagaStep(string Step, string Message, string Outcome, DateTimeOffset At);

public sealed record Saga(
    Guid SagaId, string Type, string CorrelationId, string State, string CurrentStep, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? StepDeadline, IReadOnlyList<SagaStep> Steps);

public sealed record DeadLetter(
    Guid Id, string Queue, string Type, Guid? MessageId, string? Handler, string Error, int Attempts, DateTimeOffset FailedAt,
    string? Status, DateTimeOffset? ReplayedAt);

public sealed record DurableTimer(
    Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FiredAt);

/// <summary>A user's earnings ledger (<c>GET /v1/users/me/earnings</c>): what they may cash out, what was paid out, and why.</summary>
public sealed record EarningsLedger(decimal Balance, decimal PaidOut, IReadOnlyList<EarningsItem> Items, IReadOnlyList<Payout> Payouts);

/// <summary>One order's money to or from the user: <c>RUNNER</c> or <c>RESTAURANT</c>; negative for a refund charged to them.</summary>
public sealed record EarningsItem(Guid OrderId, string Party, decimal Amount, DateTimeOffset At);

/// <summary>Money moved from the balance to the card: <c>PENDING</c>, <c>PAID</c> or <c>FAILED</c> (the amount is back in the balance).</summary>
public sealed record Payout(Guid PayoutId, decimal Amount, string Status, DateTimeOffset RequestedAt, DateTimeOffset? PaidAt, string? FailureReason);

/// <summary>The answer to a cash-out (<c>202</c>): the payout is paid in the background.</summary>
public sealed record PayoutRequested(Guid PayoutId, decimal Amount, string Status);

/// <summary>A customer's problem report on a delivered order, and an operator's resolution of it.</summary>
public sealed record Issue(
    Guid IssueId, Guid OrderId, string Kind, string Detail, string Status, DateTimeOffset CreatedAt, Guid? ProofId = null,
    decimal? RefundAmount = null, string? ChargedTo = null, string? Note = null, DateTimeOffset? ResolvedAt = null)
{
    public bool IsResolved => Status == "RESOLVED";
}

public sealed record ReportIssueRequest(
    string Kind, string Detail, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? ProofId);

public sealed record ResolveIssueRequest(decimal RefundAmount, string ChargedTo, string Note);

/// <summary>The <c>{items:[...]}</c> wrapper of list routes.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);

/// <summary>The order's latest receipt and a signed link to it (<c>GET /v1/orders/{orderId}/receipt</c>); the link needs no token.</summary>
public sealed record ReceiptLink(Guid ReceiptId, int Version, string Url, DateTimeOffset ExpiresAt);
