using System.Security.Cryptography;
using System.Text;

namespace CampusG.PaymentGateway;

/// <summary>
/// The default gateway: behaves like the well-known test cards (docs/api.md). It keeps no state, so
/// every process of a distributed deployment agrees: the token names the card's test behaviour,
/// and reference ids are derived from idempotency keys, so a repeated call gives the same id.
/// </summary>
/// <remarks>
/// 4242424242424242 authorizes; 4000000000000002 is declined (card_declined); 4000000000009995 is
/// declined for insufficient funds; 4000000000000119 fails with a transient processing error every
/// time; 4000000000000127 is refused at tokenization (incorrect_cvc); any other Luhn-valid number
/// authorizes. Payouts go to a card token too: to a token of 4000000000000119 they fail with a
/// transient processing error every time, to one of 4000000000000002 they are declined
/// (payout_declined); every other payout succeeds.
/// </remarks>
public sealed class SimulatedPaymentGateway : IPaymentGateway
{
    private const string TokenPrefix = "tok_sim_";

    public Task<TokenizeResult> TokenizeAsync(CardDetails card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var last4 = card.Number.Length >= 4 ? card.Number[^4..] : card.Number;
        var brand = CardNumbers.BrandOf(card.Number);
        if (!CardNumbers.IsLuhnValid(card.Number) || card.Number == "4000000000000127")
        {
            return Task.FromResult(new TokenizeResult(false, null, brand, last4, card.Number == "4000000000000127" ? "incorrect_cvc" : "invalid_number"));
        }

        var behaviour = card.Number switch
        {
            "4000000000000002" => "declined",
            "4000000000009995" => "insufficient",
            "4000000000000119" => "processing",
            _ => "ok",
        };
        var token = $"{TokenPrefix}{behaviour}_{last4}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        return Task.FromResult(new TokenizeResult(true, token, brand, last4, null));
    }

    public Task<GatewayResult> AuthorizeAsync(string token, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (amountMinor <= 0)
        {
            return Task.FromResult(GatewayResult.Declined("invalid_amount"));
        }

        return Task.FromResult(BehaviourOf(token) switch
        {
            "ok" => GatewayResult.Success(Reference("auth", idempotencyKey)),
            "declined" => GatewayResult.Declined("card_declined"),
            "insufficient" => GatewayResult.Declined("insufficient_funds"),
            "processing" => GatewayResult.TransientFailure("processing_error"),
            _ => GatewayResult.Declined("invalid_token"),
        });
    }

    public Task<GatewayResult> VoidAsync(string authorizationId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(GatewayResult.Success(Reference("void", idempotencyKey)));

    public Task<GatewayResult> CaptureAsync(string authorizationId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(GatewayResult.Success(Reference("ch", idempotencyKey)));

    public Task<GatewayResult> RefundAsync(string chargeId, long amountMinor, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(GatewayResult.Success(Reference("re", idempotencyKey)));

    public Task<GatewayResult> PayoutAsync(string destinationToken, long amountMinor, string currency, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(BehaviourOf(destinationToken ?? "") switch
        {
            "processing" => GatewayResult.TransientFailure("processing_error"),
            "declined" => GatewayResult.Declined("payout_declined"),
            _ => GatewayResult.Success(Reference("po", idempotencyKey)),
        });

    private static string BehaviourOf(string token) =>
        token.StartsWith(TokenPrefix, StringComparison.Ordinal) ? token[TokenPrefix.Length..].Split('_')[0] : "unknown";

    private static string Reference(string kind, string idempotencyKey) =>
        $"{kind}_sim_{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..24]}";
}
