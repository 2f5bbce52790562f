using System.Collections.Concurrent;
using CampusG.PaymentGateway;

namespace CampusG.Payments.Tests;

/// <summary>The simulated gateway, recording every money-moving call as "operation idempotency-key".</summary>
internal sealed class RecordingGateway : IPaymentGateway
{
    private readonly SimulatedPaymentGateway _inner = new();
    private readonly ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    public Task<TokenizeResult> TokenizeAsync(CardDetails card, CancellationToken cancellationToken) =>
        _inner.TokenizeAsync(card, cancellationToken);

    public Task<GatewayResult> AuthorizeAsync(string token, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"authorize {idempotencyKey}");
        return _inner.AuthorizeAsync(token, amountMinor, currency, idempotencyKey, cancellationToken);
    }

    public Task<GatewayResult> VoidAsync(string authorizationId, string idempotencyKey, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"void {idempotencyKey}");
        return _inner.VoidAsync(authorizationId, idempotencyKey, cancellationToken);
    }

    public Task<GatewayResult> CaptureAsync(string authorizationId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"capture {idempotencyKey} {amountMinor}");
        return _inner.CaptureAsync(authorizationId, amountMinor, idempotencyKey, cancellationToken);
    }

    public Task<GatewayResult> RefundAsync(string chargeId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"refund {idempotencyKey} {chargeId} {amountMinor}");
        return _inner.RefundAsync(chargeId, amountMinor, idempotencyKey, cancellationToken);
    }

    public Task<GatewayResult> PayoutAsync(string destinationToken, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        _calls.Enqueue($"payout {idempotencyKey}");
        return _inner.PayoutAsync(destinationToken, amountMinor, currency, idempotencyKey, cancellationToken);
    }
}
