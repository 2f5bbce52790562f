using CampusG.Messaging;

namespace CampusG.Users.Contracts;

/// <summary>Asks for the payment method of a customer (to charge) or a runner (to pay out).</summary>
/// <param name="Role"><see cref="PaymentInfoRoles"/>.</param>
[Message("user.retrievePaymentInfo")]
public sealed record RetrievePaymentInfo(Guid OrderId, [Addressee] Guid UserId, string Role);

public static class PaymentInfoRoles
{
    public const string Customer = "customer";
    public const string Runner = "runner";
}
