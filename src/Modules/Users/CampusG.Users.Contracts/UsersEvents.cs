using CampusG.Messaging;

namespace CampusG.Users.Contracts;

/// <summary>The user's payment method as the gateway knows it: a token, never a card number.</summary>
[Message("user.paymentInfoRetrieved")]
public sealed record PaymentInfoRetrieved(Guid OrderId, Guid UserId, string Role, string GatewayToken, string Brand, string Last4);

/// <summary>The user has no usable payment method (none saved, or it has expired).</summary>
[Message("user.paymentInfoMissing")]
public sealed record PaymentInfoMissing(Guid OrderId, Guid UserId, string Role);
