using Wolverine.Persistence.Sagas;

namespace CampusG.Bench.Peer;

// The Create Order saga's messages, shaped as CampusG's contracts (src/Modules/*/Contracts): the saga's commands to
// each module and their replies. [SagaIdentity] tells Wolverine which property finds the saga (the order id).

/// <summary>Orders → saga, written in the order's transaction: starts the saga.</summary>
public sealed record OrderCreated(Guid OrderId, Guid CustomerId, decimal FoodFee, decimal DeliveryFee);

/// <summary>Saga → Users.</summary>
public sealed record RetrievePaymentInfo(Guid OrderId, Guid UserId);

/// <summary>Users → saga.</summary>
public sealed record PaymentInfoRetrieved([property: SagaIdentity] Guid OrderId, Guid UserId, string GatewayToken);

/// <summary>Saga → Payments.</summary>
public sealed record AuthorizePayment(Guid OrderId, Guid CustomerId, decimal Amount, string Currency, string GatewayToken);

/// <summary>Payments → saga.</summary>
public sealed record PaymentAuthorized([property: SagaIdentity] Guid OrderId, Guid PaymentId, string AuthorizationId);

/// <summary>Saga → Escrow.</summary>
public sealed record HoldFunds(Guid OrderId, Guid CustomerId, Guid PaymentId, decimal FoodFee, decimal DeliveryFee);

/// <summary>Escrow → saga.</summary>
public sealed record FundsHeld([property: SagaIdentity] Guid OrderId, Guid EscrowId, decimal Amount);

/// <summary>Saga → Orders.</summary>
public sealed record MarkOrderCreated(Guid OrderId);

/// <summary>Orders → saga: the order is CREATED and its acceptance window runs.</summary>
public sealed record OrderUpdated([property: SagaIdentity] Guid OrderId, string Status, DateTimeOffset AcceptanceExpiresAt);

/// <summary>Saga → Timers.</summary>
public sealed record StartTimer(Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt);

/// <summary>Timers → saga.</summary>
public sealed record TimerStarted([property: SagaIdentity] Guid OrderId, Guid TimerId);

/// <summary>Saga → Notifications.</summary>
public sealed record SendNotification(Guid NotificationId, Guid UserId, Guid OrderId, string Template, string Text);

/// <summary>Notifications → its own dispatcher (CampusG's NotificationDispatcher is a second transaction too).</summary>
public sealed record DispatchNotification(Guid NotificationId);

/// <summary>Notifications → saga (and the benchmark's observer): the saga's end.</summary>
public sealed record NotificationSent([property: SagaIdentity] Guid OrderId, Guid NotificationId, string Template);
