using CampusG.ServiceDefaults.Errors;

namespace CampusG.Web.Api;

/// <summary>The API's error codes in words a student understands; the API's own detail where there is nothing better.</summary>
public static class ErrorText
{
    /// <summary>Too many requests (e.g. failed sign-ins); the answer carries <c>Retry-After</c>.</summary>
    public const string RateLimited = "RATE_LIMITED";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["file"] = "Photo",
        ["kind"] = "Photo type",
        ["description"] = "What to buy",
        ["foodFee"] = "Food cost",
        ["deliveryFee"] = "Delivery fee",
        ["deliveryLocation"] = "Deliver to",
        ["total"] = "Total",
        ["cardNumber"] = "Card number",
        ["expMonth"] = "Expiry month",
        ["expYear"] = "Expiry year",
        ["cvc"] = "CVC",
        ["email"] = "E-mail",
        ["password"] = "Password",
        ["firstName"] = "First name",
        ["lastName"] = "Last name",
        ["phoneNumber"] = "Mobile number",
        ["rating"] = "Rating",
        ["comment"] = "Comment",
        ["items"] = "Your order",
        ["specialInstructions"] = "Instructions",
        ["deliveryAddress"] = "Address",
        ["name"] = "Name",
        ["location"] = "Location",
        ["price"] = "Price",
        ["stock"] = "Stock",
        ["delta"] = "Stock change",
        ["estimatedReadyTime"] = "Ready time",
        ["reason"] = "Reason",
        ["actualFoodFee"] = "Receipt total",
        ["detail"] = "What happened",
        ["proofId"] = "Photo",
        ["refundAmount"] = "Refund",
        ["chargedTo"] = "Charged to",
        ["note"] = "Note",
        ["amount"] = "Amount",
    };

    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["INVALID_CREDENTIALS"] = "Wrong e-mail or password.",
        ["EMAIL_TAKEN"] = "An account with this e-mail already exists. Sign in instead.",
        ["UNAUTHENTICATED"] = "Your session has ended. Please sign in again.",
        ["FORBIDDEN"] = "Operators only: this page needs an operator account.",
        ["ORDER_ALREADY_ACCEPTED"] = "Another runner accepted this order first.",
        ["ORDER_NOT_AVAILABLE"] = "This order is no longer available: it was accepted, cancelled or timed out.",
        ["CANNOT_ACCEPT_OWN_ORDER"] = "You can't deliver your own order.",
        ["INVALID_STATUS_TRANSITION"] = "That step isn't the next one for this order any more; the order has been refreshed.",
        ["PROOF_REQUIRED"] = "Upload the photo for this step first.",
        ["ORDER_NOT_CANCELLABLE"] = "This order can no longer be cancelled: it is already under way, or it has ended.",
        ["RESTAURANT_NOT_FOUND"] = "This restaurant doesn't exist (any more).",
        ["NOT_RESTAURANT_OWNER"] = "Only the restaurant's owner can do this.",
        ["ALREADY_ACCEPTED"] = "This order has already been accepted.",
        ["ALREADY_REJECTED"] = "This order has already been rejected.",
        ["STOCK_NOT_COUNTED"] = "This item's stock isn't counted, so there is nothing to adjust.",
        ["ORDER_NOT_RETRYABLE"] = "Only a cancelled order can be placed again.",
        ["ORDER_NOT_COMPLETED"] = "You can review once the order is completed.",
        ["ALREADY_REVIEWED"] = "You have already reviewed this order. Thank you!",
        ["ORDER_NOT_FOUND"] = "This order doesn't exist or isn't yours to see.",
        ["IDEMPOTENCY_KEY_REUSED"] = "This submission was already used for a different order; please submit again.",
        ["DEAD_LETTER_ALREADY_REPLAYED"] = "This dead letter has already been replayed.",
        ["DEAD_LETTER_NOT_FOUND"] = "This dead letter no longer exists.",
        ["NO_PAYOUT_METHOD"] = "You have no card to pay out to. Add a card in your profile, then cash out.",
        ["INSUFFICIENT_BALANCE"] = "There is nothing to cash out: your balance is S$0.00 (a payout still running or a refund may have used it).",
        ["ORDER_NOT_DELIVERED"] = "A problem can be reported once the order is delivered, and until 48 hours after it was completed.",
        ["ISSUE_ALREADY_OPEN"] = "You already reported a problem with this order; an operator is looking at it.",
        ["PRICE_ABOVE_AGREED"] = "The receipt total is more than the agreed food fee. You can be paid at most the agreed food fee; leave the receipt total empty or enter at most that.",
        ["REFUND_EXCEEDS_PAID"] = "The refund is more than the customer paid for this order (less what was already refunded).",
        ["ISSUE_ALREADY_RESOLVED"] = "This problem has already been resolved (perhaps by another operator); the list has been refreshed.",
        ["ISSUE_NOT_FOUND"] = "This problem report doesn't exist (any more).",
        [ApiErrorCodes.PayloadTooLarge] = "That file is too large (5 MB at most).",
    };

    /// <summary>One error entry as a sentence for a banner.</summary>
    public static string Describe(ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "INVALID_ADDRESS" => FieldMessage("deliveryAddress", error.Detail),
            "CARD_REJECTED" => $"The card was refused ({error.Detail}). Check the number, expiry and CVC, or use another card.",
            var code when ByCode.TryGetValue(code, out var text) => text,
            _ => error.Detail,
        };
    }

    /// <summary>A field of the API as the form calls it, for a message that is not shown under the field itself.</summary>
    public static string FieldLabel(string field) => Labels.GetValueOrDefault(field, field);

    /// <summary>A <c>429</c>: how long to wait, from its <c>Retry-After</c> when it had one.</summary>
    public static string TooManyAttempts(TimeSpan? retryAfter) => retryAfter switch
    {
        { TotalSeconds: <= 90 } wait => $"Too many attempts. Please wait {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds, then try again.",
        { } wait => $"Too many attempts. Please wait {(int)Math.Ceiling(wait.TotalMinutes)} minutes, then try again.",
        null => "Too many attempts. Please wait a few minutes, then try again.",
    };

    /// <summary>A <c>503 OVERLOADED</c> order placement: nothing was ordered; when to try again.</summary>
    public static string Busy(TimeSpan? retryAfter) =>
        $"CampusG is very busy right now and did not place this order. Please try again in {Math.Max(1, (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(5)).TotalSeconds))} seconds.";

    /// <summary>A validation entry's detail without its field name, as a sentence under that field.</summary>
    public static string FieldMessage(string field, string detail)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(detail);
        var text = detail[(detail.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        if (string.Equals(field, "total", StringComparison.OrdinalIgnoreCase))
        {
            return "The total (food fee + delivery fee) must be more than 0.00.";
        }

        return text.Length == 0 ? "This value is not valid." : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
