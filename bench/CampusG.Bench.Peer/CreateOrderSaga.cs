namespace CampusG.Bench.Peer;

/// <summary>
/// The Create Order saga on Wolverine: the happy path of CampusG's CreateOrderSaga (payment info → authorize → hold
/// funds → mark CREATED → start the acceptance timer → notify). Wolverine loads it by the order id, calls the handler,
/// and saves it (or deletes it once completed) in the handler's transaction with the outgoing command. A reply that
/// does not fit the current step is ignored, as CampusG ignores it.
/// </summary>
public sealed class CreateOrderSaga : Wolverine.Saga
{
    public const string Currency = "SGD";
    public const string CreatedText = "Your order is live: we are looking for a runner.";

    private static readonly TimeSpan DefaultAcceptanceWindow = TimeSpan.FromMinutes(30);

    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public decimal FoodFee { get; set; }

    public decimal DeliveryFee { get; set; }

    public string Step { get; set; } = Steps.RetrievePaymentInfo;

    /// <summary>Kept only while the authorization step may need it, as CampusG keeps it.</summary>
    public string? GatewayToken { get; set; }

    public Guid? PaymentId { get; set; }

    public Guid? EscrowId { get; set; }

    public DateTimeOffset? AcceptanceExpiresAt { get; set; }

    public static (CreateOrderSaga, RetrievePaymentInfo) Start(OrderCreated created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var saga = new CreateOrderSaga
        {
            Id = created.OrderId,
            CustomerId = created.CustomerId,
            FoodFee = created.FoodFee,
            DeliveryFee = created.DeliveryFee,
        };
        return (saga, new RetrievePaymentInfo(saga.Id, saga.CustomerId));
    }

    public AuthorizePayment? Handle(PaymentInfoRetrieved message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enter(Steps.RetrievePaymentInfo, Steps.AuthorizePayment))
        {
            return null;
        }

        GatewayToken = message.GatewayToken;
        return new AuthorizePayment(Id, CustomerId, FoodFee + DeliveryFee, Currency, message.GatewayToken);
    }

    public HoldFunds? Handle(PaymentAuthorized message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enter(Steps.AuthorizePayment, Steps.HoldFunds))
        {
            return null;
        }

        (PaymentId, GatewayToken) = (message.PaymentId, null);
        return new HoldFunds(Id, CustomerId, message.PaymentId, FoodFee, DeliveryFee);
    }

    public MarkOrderCreated? Handle(FundsHeld message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Enter(Steps.HoldFunds, Steps.MarkCreated))
        {
            return null;
        }

        EscrowId = message.EscrowId;
        return new MarkOrderCreated(Id);
    }

    public StartTimer? Handle(OrderUpdated message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Status != OrderStatuses.Created || !Enter(Steps.MarkCreated, Steps.StartTimer))
        {
            return null;
        }

        AcceptanceExpiresAt = message.AcceptanceExpiresAt == default ? DateTimeOffset.UtcNow + DefaultAcceptanceWindow : message.AcceptanceExpiresAt;
        return new StartTimer(AcceptanceTimerId(Id), Id, "ORDER_ACCEPTANCE", AcceptanceExpiresAt.Value);
    }

    public SendNotification? Handle(TimerStarted message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TimerId != AcceptanceTimerId(Id) || !Enter(Steps.StartTimer, Steps.Notify))
        {
            return null;
        }

        return new SendNotification(CreatedNotificationId(Id), CustomerId, Id, "ORDER_CREATED", CreatedText);
    }

    public void Handle(NotificationSent message)
    {
        // Embedded, the benchmark's stamp of the saga's end is taken here, as the saga receives it (distributed, the
        // driver's process has a queue of its own for it and this process has no tracker: a no-op).
        CompletionObserver.Handle(message);
        if (message.NotificationId == CreatedNotificationId(Id) && Step == Steps.Notify)
        {
            Step = Steps.Completed;
            MarkCompleted(); // Wolverine deletes the saga row in this transaction
        }
    }

    public static Guid AcceptanceTimerId(Guid orderId) => DeterministicGuid.Create($"order-acceptance:{orderId}:1");

    public static Guid CreatedNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:created");

    private bool Enter(string expected, string next)
    {
        if (Step != expected)
        {
            return false;
        }

        Step = next;
        return true;
    }

    public static class Steps
    {
        public const string RetrievePaymentInfo = "RetrievePaymentInfo";
        public const string AuthorizePayment = "AuthorizePayment";
        public const string HoldFunds = "HoldFunds";
        public const string MarkCreated = "MarkCreated";
        public const string StartTimer = "StartTimer";
        public const string Notify = "Notify";
        public const string Completed = "Completed";
    }
}

public static class OrderStatuses
{
    public const string PendingPayment = "PENDING_PAYMENT";
    public const string Created = "CREATED";
}

/// <summary>A name-based GUID (SHA-256 of the name), so a re-sent step names the same timer and notification.</summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name), hash);
        return new Guid(hash[..16]);
    }
}
