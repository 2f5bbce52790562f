using CampusG.Messaging;

namespace CampusG.Users.Contracts;

/// <summary>Asks for the payment method of a customer (to charge) or a payee (to pay out; <paramref name="OrderId"/> is then the payout).</summary>
/// <param name="Role"><see cref="PaymentInfoRoles"/>.</param>
[Message("user.retrievePaymentInfo")]
public sealed record RetrievePaymentInfo(Guid OrderId, [Addressee] Guid UserId, string Role);

public static class PaymentInfoRoles
{
    public const string Customer = "customer";
    public const string Runner = "runner";

    /// <summary>A payee being paid out their earnings; the message's order id is then the payout's id.</summary>
    public const string Payee = "payee";
}

/// <summary>The user saved a card (which is also where their earnings are paid out); no token, only until when it is usable.</summary>
[Message("user.paymentMethodSaved")]
public sealed record PaymentMethodSaved([Addressee] Guid UserId, DateTimeOffset UsableUntil, DateTimeOffset At);
