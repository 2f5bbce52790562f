using System.Text.Json;

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
    DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt, IReadOnlyList<TimelineEntry> Timeline)
{
    public decimal Total => FoodFee + DeliveryFee;
}

public sealed record OrderPage(IReadOnlyList<Order> Items, string? NextCursor);

public sealed record Proof(Guid ProofId, string Kind, string ContentType, long Size, DateTimeOffset CreatedAt);

public sealed record ReviewRequest(int Rating, string? Comment);

public sealed record Review(Guid ReviewId, int Rating, string? Comment, DateTimeOffset CreatedAt);

public sealed record OrderEvent(Guid Id, string Type, DateTimeOffset Timestamp, string? Source, JsonElement Payload);

public sealed record OrderPayment(
    string PaymentStatus, string EscrowStatus, decimal? Amount, DateTimeOffset? AuthorizedAt, DateTimeOffset? ReleasedAt, DateTimeOffset? RefundedAt);

public sealed record Notification(
    Guid NotificationId, Guid? OrderId, string Template, string Message, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record SagaStep(string Step, string Message, string Outcome, DateTimeOffset At);

public sealed record Saga(
    Guid SagaId, string Type, string CorrelationId, string State, string CurrentStep, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? StepDeadline, IReadOnlyList<SagaStep> Steps);

public sealed record DeadLetter(
    Guid Id, string Queue, string Type, Guid? MessageId, string? Handler, string Error, int Attempts, DateTimeOffset FailedAt,
    string? Status, DateTimeOffset? ReplayedAt);

public sealed record DurableTimer(
    Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FiredAt);

/// <summary>The <c>{items:[...]}</c> wrapper of list routes.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);
