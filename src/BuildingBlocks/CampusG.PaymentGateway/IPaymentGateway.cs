namespace CampusG.PaymentGateway;

/// <summary>
/// The card processor, an outside system. Users tokenizes cards through it (card numbers never
/// reach CampusG's storage); Payments authorizes, voids, captures, refunds and pays out. Every
/// money-moving call carries an idempotency key: repeating a call with the same key repeats the
/// outcome and moves no money twice.
/// </summary>
public interface IPaymentGateway
{
    Task<TokenizeResult> TokenizeAsync(CardDetails card, CancellationToken cancellationToken);

    Task<GatewayResult> AuthorizeAsync(string token, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayResult> VoidAsync(string authorizationId, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayResult> CaptureAsync(string authorizationId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayResult> RefundAsync(string chargeId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken);

    Task<GatewayResult> PayoutAsync(string destinationToken, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken);
}

public sealed record CardDetails(string Number, int ExpMonth, int ExpYear, string Cvc);

public sealed record TokenizeResult(bool Succeeded, string? Token, string Brand, string Last4, string? DeclineCode);

/// <summary>
/// A gateway call's outcome. <see cref="Transient"/> failures (network, processing errors) may
/// succeed when tried again; the others are final (<see cref="FailureCode"/>: <c>card_declined</c>,
/// <c>insufficient_funds</c>, ...).
/// </summary>
public sealed record GatewayResult(bool Succeeded, string? ReferenceId, string? FailureCode, bool Transient)
{
    public static GatewayResult Success(string referenceId) => new(true, referenceId, null, false);

    public static GatewayResult Declined(string code) => new(false, null, code, false);

    public static GatewayResult TransientFailure(string code) => new(false, null, code, true);
}
