using CampusG.Messaging;

namespace CampusG.Users.Contracts;

/// <summary>The user's payment method as the gateway knows it: a token, never a card number (nor its brand or digits).</summary>
[Message("user.paymentInfoRetrieved")]
public sealed record PaymentInfoRetrieved(Guid OrderId, [Addressee] Guid UserId, string Role, [Sensitive] string GatewayToken);

/// <summary>The user has no usable payment method (none saved, or it has expired).</summary>
[Message("user.paymentInfoMissing")]
public sealed record PaymentInfoMissing(Guid OrderId, [Addressee] Guid UserId, string Role);
