using CampusG.Messaging;

namespace CampusG.Users.Contracts;

/// <summary>The user's payment method as the gateway knows it: a token, never a card number (nor its brand or digits).</summary>
[Message("user.paymentInfoRetrieved")]
public sealed record PaymentInfoRetrieved(Guid OrderId, [Addressee] Guid UserId, string Role, [Sensitive] string GatewayToken);

/// <summary>The user has no usable payment method (none saved, or it has expired).</summary>
[Message("user.paymentInfoMissing")]
public sealed record PaymentInfoMissing(Guid OrderId, [Addressee] Guid UserId, string Role);

/// <summary>
/// The user's contact details, so Notifications can reach them by e-mail and SMS: at sign-up, and repeated at each
/// sign-in so accounts made before Notifications listened become known. Both fields stay out of the event log.
/// </summary>
[Message("user.contactChanged")]
public sealed record UserContactChanged([Addressee] Guid UserId, [Sensitive] string Email, [Sensitive] string PhoneNumber);
